package io.stepwise.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Features talk through their use cases. A feature is a first-level package of the service (its sub-packages
 * included; configuration in the base package and seed packages count as features too). A class of one feature may
 * use another feature's domain types, its use-case services and its other public types, but not its Spring Data
 * repositories, its controllers or anything it does not make public.
 */
public final class FeatureBoundaries {

    static final String REPOSITORY = "org.springframework.data.repository.Repository";
    static final String CONTROLLER = "org.springframework.stereotype.Controller";

    private FeatureBoundaries() {
    }

    /** In: the service's base package. Out: a rule reporting each dependency that crosses a feature the wrong way. */
    public static ArchRule featuresTalkThroughTheirUseCases(String servicePackage) {
        var packages = new ServicePackages(servicePackage);
        return classes().that().resideInAPackage(servicePackage + "..")
                .should(new UseOtherFeaturesThroughTheirUseCases(packages))
                .as("features of " + servicePackage + " talk to each other through their use-case services")
                .allowEmptyShould(true);
    }

    private static final class UseOtherFeaturesThroughTheirUseCases extends ArchCondition<JavaClass> {

        private final ServicePackages packages;

        UseOtherFeaturesThroughTheirUseCases(ServicePackages packages) {
            super("not use another feature's repositories, controllers or non-public types");
            this.packages = packages;
        }

        @Override
        public void check(JavaClass origin, ConditionEvents events) {
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                Optional<String> targetFeature = packages.featureOf(target);
                if (targetFeature.isEmpty() || targetFeature.equals(packages.featureOf(origin))) {
                    continue;
                }
                whyItIsInternal(target, targetFeature.get()).ifPresent(why -> events.add(
                        SimpleConditionEvent.violated(dependency, dependency.getDescription() + ": " + why)));
            }
        }

        private static Optional<String> whyItIsInternal(JavaClass target, String feature) {
            if (target.isAssignableTo(REPOSITORY)) {
                return Optional.of("a Spring Data repository of feature " + feature);
            }
            if (target.isMetaAnnotatedWith(CONTROLLER) || target.isAnnotatedWith(CONTROLLER)) {
                return Optional.of("a controller of feature " + feature);
            }
            if (!isPublic(target)) {
                return Optional.of("a type feature " + feature + " does not make public");
            }
            return Optional.empty();
        }

        private static boolean isPublic(JavaClass type) {
            boolean self = type.getModifiers().contains(JavaModifier.PUBLIC);
            return self && type.getEnclosingClass().map(UseOtherFeaturesThroughTheirUseCases::isPublic).orElse(true);
        }
    }
}
