package io.stepwise.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientDataPathsTest {

    private final PatientDataPaths.Matcher defaults = new PatientDataPaths(null).matcher();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/api/plans, true", "/api/plans/p1/goals, true", "/api/patients, true", "/api/referrals/r1, true",
            "/partner-api/v1/referrals, true", "/api/catalog/treatments, false", "/api/planning, false",
            "/actuator/health, false", "/, false"})
    void requestPaths(String path, boolean patientData) {
        assertThat(defaults.matches(path)).isEqualTo(patientData);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"/api/plans/{id}, true", "/api/patients/{id}/access-log, true", "/partner-api/v1/referrals/{id}/accept, true",
            "/api/catalog/treatments/{id}, false"})
    void handlerMappingPatterns(String pattern, boolean patientData) {
        assertThat(defaults.covers(pattern)).isEqualTo(patientData);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/other/x"})
    void configuredPathsReplaceTheDefaults(String path) {
        var configured = new PatientDataPaths(List.of("/api/other/**")).matcher();
        assertThat(configured.matches(path)).isTrue();
        assertThat(configured.matches("/api/plans")).isFalse();
    }
}
