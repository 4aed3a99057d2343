package io.stepwise.plan.patient;

import org.springframework.data.mongodb.repository.MongoRepository;

import io.stepwise.plan.patient.domain.Patient;

interface Patients extends MongoRepository<Patient, String> {
}
