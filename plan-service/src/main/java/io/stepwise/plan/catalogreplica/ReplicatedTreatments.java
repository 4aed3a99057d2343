package io.stepwise.plan.catalogreplica;

import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ReplicatedTreatments extends MongoRepository<ReplicatedTreatment, String> {
}
