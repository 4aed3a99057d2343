package io.stepwise.catalog.treatment.domain;

/** Active therapies the patient continues alone usually last longest; passive ones are done to the patient. */
public enum Mode {
    ACTIVE, PASSIVE
}
