package io.stepwise.kit.audit;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths whose every request is audited.
 *
 * @param patientDataPaths path patterns; by default {@code /api/patients/**}, {@code /api/plans/**},
 *                         {@code /api/referrals/**} and {@code /partner-api/**}
 */
@ConfigurationProperties("stepwise.audit")
public record PatientDataPaths(List<String> patientDataPaths) {

    public static final List<String> DEFAULTS = List.of("/api/patients/**", "/api/plans/**", "/api/referrals/**",
            "/partner-api/**");

    public PatientDataPaths {
        patientDataPaths = List.copyOf(patientDataPaths == null || patientDataPaths.isEmpty() ? DEFAULTS : patientDataPaths);
    }

    List<PathPattern> patterns() {
        return patientDataPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean matches(String path) {
        var container = PathContainer.parsePath(path);
        return patterns().stream().anyMatch(pattern -> pattern.matches(container));
    }

    /** Whether a handler's mapping pattern lies under a patient-data path. */
    boolean covers(String mappingPattern) {
        return patterns().stream().anyMatch(pattern -> pattern.matches(PathContainer.parsePath(
                mappingPattern.replaceAll("\\{[^}]*}", "x"))));
    }
}
