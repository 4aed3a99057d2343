package io.stepwise.testkit.architecture;

import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClass;

/**
 * Where a class sits inside one service: its package relative to the service's base package ({@code treatment.domain}
 * for {@code io.stepwise.catalog.treatment.domain}, {@code (root)} for the base package itself) and its feature, the
 * first level below the base package ({@code treatment}). Classes outside the service have neither.
 */
final class ServicePackages {

    static final String ROOT = "(root)";

    private final String servicePackage;

    ServicePackages(String servicePackage) {
        this.servicePackage = servicePackage;
    }

    String servicePackage() {
        return servicePackage;
    }

    /** The package relative to the service, or empty for a class outside it. */
    Optional<String> packageOf(JavaClass type) {
        String name = type.getBaseComponentType().getPackageName();
        if (name.equals(servicePackage)) {
            return Optional.of(ROOT);
        }
        if (name.startsWith(servicePackage + ".")) {
            return Optional.of(name.substring(servicePackage.length() + 1));
        }
        return Optional.empty();
    }

    /** The feature (first-level package, or {@code (root)}), or empty for a class outside the service. */
    Optional<String> featureOf(JavaClass type) {
        return packageOf(type).map(relative -> relative.contains(".") ? relative.substring(0, relative.indexOf('.'))
                : relative);
    }
}
