package io.stepwise.testkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every domain event class a service's aggregates can record has a row in its externalization table: an event that
 * would fail the save in production fails this check in a unit test first.
 */
public final class DomainEventRoutes {

    static final String DOMAIN_EVENT = "io.stepwise.kit.domain.DomainEvent";

    private DomainEventRoutes() {
    }

    /**
     * @param servicePackage the service's base package, e.g. {@code io.stepwise.catalog}
     * @param routedTypes    the event classes the service's {@code EventExternalization} has rows for
     */
    public static void assertEveryEventIsRouted(String servicePackage, Collection<Class<?>> routedTypes) {
        assertThat(unrouted(servicePackage, routedTypes))
                .as("domain events of " + servicePackage + " without a row in the externalization table").isEmpty();
    }

    /** The names of the service's domain event classes that {@code routedTypes} lacks, sorted. */
    public static List<String> unrouted(String servicePackage, Collection<Class<?>> routedTypes) {
        Set<String> routed = routedTypes.stream().map(Class::getName).collect(Collectors.toSet());
        return events(servicePackage).stream().map(JavaClass::getName).filter(name -> !routed.contains(name)).sorted()
                .toList();
    }

    /** The concrete domain event classes of a service. */
    static List<JavaClass> events(String servicePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage).stream()
                .filter(type -> type.isAssignableTo(DOMAIN_EVENT) && !type.isInterface()
                        && !type.getModifiers().contains(JavaModifier.ABSTRACT))
                .toList();
    }
}
