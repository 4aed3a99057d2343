package io.stepwise.kit.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what a handler on patient data does, so that every call to it, allowed or denied, leaves an audit record.
 * A handler under the patient-data paths ({@code stepwise.audit.patient-data-paths}) without this annotation (or
 * {@link NotPatientData}) stops the service from starting.
 * <p>
 * The record names the resource as {@code <resource>/<id>} when the path has the {@link #idParameter()} variable, and
 * the patient from the {@link #patientParameter()} path variable or query parameter, or from
 * {@link AuditedAccess#patient(String)} called by the use case once it knows the patient.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Audited {

    AuditAction action();

    /** The kind of resource, e.g. {@code careplan}, {@code patient}, {@code referral}. */
    String resource();

    /** The path variable holding the resource id. */
    String idParameter() default "id";

    /** The path variable or query parameter holding the patient id. */
    String patientParameter() default "patientId";
}
