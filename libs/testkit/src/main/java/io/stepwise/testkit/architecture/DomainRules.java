package io.stepwise.testkit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain of a service is every class in one of its {@code ..domain..} packages, and it stays plain Java. In: the
 * service's base package. Out: the rules, which report each offending dependency or misplaced document.
 */
public final class DomainRules {

    static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";

    private DomainRules() {
    }

    /**
     * Domain classes depend only on Java itself, the service's own domain packages, the kit's domain support, the
     * shared interaction rules, the event contracts (not their CloudEvents wire mapping) and Spring Data's mapping
     * annotations. The rule fails too when the service has no domain class at all.
     */
    public static ArchRule domainIsPlainJava(String servicePackage) {
        String domain = servicePackage + "..domain..";
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat(allowedInTheDomain(domain))
                .as("the domain of " + servicePackage + " (its ..domain.. packages) is plain Java")
                .because("aggregates and their rules are plain Java; Spring Data mapping annotations are the only "
                        + "framework types they may carry (DESIGN.md §3)");
    }

    /** Every persistent document ({@code @Document}) is part of the domain. A service without documents passes. */
    public static ArchRule documentsLiveInTheDomain(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..").and().areAnnotatedWith(DOCUMENT)
                .should().resideInAPackage(servicePackage + "..domain..")
                .as("@Document classes of " + servicePackage + " live in a ..domain.. package")
                .because("an aggregate is domain code and is held to the domain's rules")
                .allowEmptyShould(true);
    }

    private static DescribedPredicate<JavaClass> allowedInTheDomain(String domain) {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage("java..", domain, "io.stepwise.kit.domain..",
                "io.stepwise.interactions..", "io.stepwise.events..", "org.springframework.data.annotation..",
                "org.springframework.data.mongodb.core.mapping..", "org.springframework.data.mongodb.core.index..");
        DescribedPredicate<JavaClass> wireMapping = resideInAPackage("io.stepwise.events.cloudevents..");
        return allowed.and(DescribedPredicate.not(wireMapping)).as("are Java, the service's domain, kit domain support, "
                + "interaction rules, event contracts or Spring Data mapping annotations");
    }
}
