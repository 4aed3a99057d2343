package io.stepwise.testkit.architecture;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** The bad example services under {@code examples}, and what a rule reports about them. */
final class Examples {

    static final String EXAMPLES = "io.stepwise.testkit.architecture.examples";

    private Examples() {
    }

    /** The base package of one example service, such as {@code examples.cyclic}. */
    static String service(String name) {
        return EXAMPLES + "." + name;
    }

    static JavaClasses classesOf(String name) {
        return new ClassFileImporter().importPackages(service(name));
    }

    /** One line per violation, as the rule's failure report lists them. */
    static List<String> violations(ArchRule rule, String name) {
        return rule.evaluate(classesOf(name)).getFailureReport().getDetails();
    }
}
