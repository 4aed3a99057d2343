package io.stepwise.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.mapping.Document;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The domain of a service (its aggregates, i.e. the {@code @Document} classes, and everything of the service they are
 * built from) stays plain Java: no web, Kafka, servlet or Spring-bean types, and no use-case services or adapters.
 * Spring Data mapping annotations and the event contracts are allowed.
 */
public final class DomainArchitecture {

    private static final List<String> ALLOWED = List.of("java.", "io.stepwise.events.", "io.stepwise.kit.domain.",
            "org.springframework.data.annotation.", "org.springframework.data.mongodb.core.mapping.",
            "org.springframework.data.mongodb.core.index.");

    private DomainArchitecture() {
    }

    public static void assertDomainIsPlainJava(String servicePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
        Set<JavaClass> domain = domainOf(classes, servicePackage);
        assertThat(domain).as("aggregates (@Document classes) in " + servicePackage).isNotEmpty();
        var violations = domain.stream().flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .filter(dependency -> !allowed(dependency, servicePackage, domain))
                .map(Dependency::getDescription).distinct().sorted().toList();
        assertThat(violations).as("domain classes depending on something other than plain Java").isEmpty();
    }

    private static Set<JavaClass> domainOf(JavaClasses classes, String servicePackage) {
        var domain = new LinkedHashSet<JavaClass>();
        var toVisit = new ArrayDeque<JavaClass>();
        classes.stream().filter(type -> type.isAnnotatedWith(Document.class)).forEach(toVisit::add);
        while (!toVisit.isEmpty()) {
            JavaClass type = toVisit.pop();
            if (domain.add(type)) {
                type.getDirectDependenciesFromSelf().stream().map(Dependency::getTargetClass)
                        .map(target -> target.getBaseComponentType())
                        .filter(target -> target.getPackageName().startsWith(servicePackage))
                        .forEach(toVisit::add);
            }
        }
        return domain;
    }

    private static boolean allowed(Dependency dependency, String servicePackage, Set<JavaClass> domain) {
        JavaClass target = dependency.getTargetClass().getBaseComponentType();
        if (target.isPrimitive() || target.getPackageName().startsWith(servicePackage) && domain.contains(target)) {
            return true;
        }
        String name = target.getName();
        return ALLOWED.stream().anyMatch(name::startsWith);
    }
}
