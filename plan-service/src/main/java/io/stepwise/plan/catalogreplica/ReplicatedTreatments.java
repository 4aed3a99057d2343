package io.stepwise.plan.catalogreplica;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReplicatedTreatments extends MongoRepository<ReplicatedTreatment, String> {
}
