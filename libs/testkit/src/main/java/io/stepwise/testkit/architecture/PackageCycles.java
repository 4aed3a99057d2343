package io.stepwise.testkit.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * No cycles between the packages of a service. Every package is its own slice (the base package too, as
 * {@code (root)}), so a cycle between two features, between a feature and its sub-package, or between the
 * configuration classes and a feature is reported with the classes that make it.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** In: the service's base package. Out: a rule reporting each cycle with the dependencies along it. */
    public static ArchRule noCyclesBetweenPackages(String servicePackage) {
        return slices().assignedFrom(new EachPackage(new ServicePackages(servicePackage)))
                .should().beFreeOfCycles()
                .as("the packages of " + servicePackage + " are free of cycles")
                .allowEmptyShould(true);
    }

    private record EachPackage(ServicePackages packages) implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            return packages.packageOf(type).map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
        }

        @Override
        public String getDescription() {
            return "packages of " + packages.servicePackage();
        }
    }
}
