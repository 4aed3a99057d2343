package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.Treatment;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Treatments extends MongoRepository<Treatment, String>, TreatmentSearch {

    boolean existsByDetailsKind(String kind);
}
