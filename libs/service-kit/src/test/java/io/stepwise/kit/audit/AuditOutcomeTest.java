package io.stepwise.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditOutcomeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"200, SUCCESS", "201, SUCCESS", "204, SUCCESS", "302, SUCCESS", "400, REJECTED", "401, UNAUTHENTICATED",
            "403, FORBIDDEN", "404, NOT_FOUND", "409, REJECTED", "412, REJECTED", "422, REJECTED", "428, REJECTED",
            "500, FAILED", "503, FAILED"})
    void anOutcomeFromEachStatus(int status, AuditOutcome outcome) {
        assertThat(AuditOutcome.ofStatus(status)).isEqualTo(outcome);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"GET, READ", "HEAD, READ", "POST, CREATE", "PUT, UPDATE", "PATCH, UPDATE", "DELETE, DELETE"})
    void anActionFromTheMethodWhenNoHandlerDeclaresOne(String method, AuditAction action) {
        assertThat(AuditAction.ofMethod(method)).isEqualTo(action);
    }
}
