package io.stepwise.plan.careplan.domain;

/** The clinic staff roles of the realm, as far as care plans care. */
public enum StaffRole {
    CLINICIAN, CARE_COORDINATOR, CLINIC_ADMIN
}
