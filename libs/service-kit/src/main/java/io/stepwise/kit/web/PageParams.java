package io.stepwise.kit.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a list endpoint reads {@code page}, {@code size} and {@code sort} into a {@link PageQuery} parameter. Sort keys
 * are the API's field names, each mapped to where it lives in the stored document: {@code "name=details.name"}.
 * Anything else (an unknown key or direction, a page or size out of range, a page whose offset does not fit) is 400
 * problem+json naming the parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageParams {

    /** {@code apiName=documentPath} pairs; empty when the list cannot be sorted. */
    String[] sort() default {};

    /** The sort when none is asked for, e.g. {@code "name"} or {@code "name,desc"}. */
    String defaultSort() default "";

    int defaultSize() default 20;

    int maxSize() default 100;
}
