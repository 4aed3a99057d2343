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

    /** The patterns, parsed: a matcher to keep, rather than parse them on every request. */
    Matcher matcher() {
        return new Matcher(patientDataPaths.stream().map(PathPatternParser.defaultInstance::parse).toList());
    }

    /** Tells whether a request path, or a handler's mapping pattern, lies under a patient-data path. */
    record Matcher(List<PathPattern> patterns) {

        boolean matches(String path) {
            var container = PathContainer.parsePath(path);
            return patterns.stream().anyMatch(pattern -> pattern.matches(container));
        }

        /** A mapping pattern's variables ({@code {id}}) stand for any one segment. */
        boolean covers(String mappingPattern) {
            return matches(mappingPattern.replaceAll("\\{[^}]*}", "x"));
        }
    }
}
