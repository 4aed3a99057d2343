package io.stepwise.plan.careplan;

import io.stepwise.plan.careplan.domain.CarePlan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface CarePlans extends MongoRepository<CarePlan, String> {

    Page<CarePlan> findByPatientId(String patientId, Pageable page);
}
