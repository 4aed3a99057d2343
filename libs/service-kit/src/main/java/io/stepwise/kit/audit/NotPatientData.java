package io.stepwise.kit.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A handler under a patient-data path that serves no patient data (e.g. plan-service's catalog replica). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NotPatientData {

    /** Why this handler holds no patient data, for the reviewer. */
    String value();
}
