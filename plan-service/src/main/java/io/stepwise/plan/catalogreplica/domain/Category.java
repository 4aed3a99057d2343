package io.stepwise.plan.catalogreplica.domain;

/** The catalog's five treatment categories, as plan-service reads them from the catalog's events. */
public enum Category {
    PHYSICAL_THERAPY, MEDICATION, COPING_SKILLS, PROCEDURE, COMPLEMENTARY
}
