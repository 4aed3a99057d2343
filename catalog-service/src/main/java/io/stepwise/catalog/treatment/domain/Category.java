package io.stepwise.catalog.treatment.domain;

/** The five categories of the clinical source text. */
public enum Category {
    PHYSICAL_THERAPY, MEDICATION, COPING_SKILLS, PROCEDURE, COMPLEMENTARY
}
