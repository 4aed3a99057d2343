package io.stepwise.plan.careplan;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;

interface CarePlans extends MongoRepository<CarePlan, String> {

    Page<CarePlan> findByPatientId(String patientId, Pageable page);

    Page<CarePlan> findByPatientIdAndStatus(String patientId, CarePlanStatus status, Pageable page);
}
