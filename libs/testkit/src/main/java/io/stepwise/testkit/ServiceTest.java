package io.stepwise.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole service on a random port, against the test Mongo-wire server (and, if asked, the test Kafka broker), trusting
 * the {@link TestIdentityProvider}.
 * Requests go over real HTTP (see {@link Api}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface ServiceTest {

    /** The service's own database. */
    String database();

    /** Whether the service needs the shared test Kafka broker. */
    boolean kafka() default false;
}
