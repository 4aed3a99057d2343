package io.stepwise.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GatewayDenialsTest {

    @ParameterizedTest(name = "{0} ?patientId={1} -> {2}")
    @CsvSource(nullValues = "none", textBlock = """
            /api/patients/0190-abc,                none,   0190-abc
            /api/patients/0190-abc/access-log,     none,   0190-abc
            /api/plans,                            p-7,    p-7
            /api/plans/plan-1,                     none,   none
            /api/patients,                         none,   none
            /api/patients/..%2F..%2Fetc,           none,   none
            /api/plans,                            '{$ne}', none
            """)
    void theRefusedRequestNamesItsPatientByPathOrParameter(String path, String parameter, String patient) {
        assertThat(GatewayDenials.patientOf(URI.create("http://gateway" + path), parameter)).isEqualTo(patient);
    }
}
