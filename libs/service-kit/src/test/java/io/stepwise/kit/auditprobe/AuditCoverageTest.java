package io.stepwise.kit.auditprobe;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import io.stepwise.testkit.TestIdentityProvider;
import io.stepwise.testkit.TestMongo;

class AuditCoverageTest {

    @Test
    void aServiceWithAnUnauditedHandlerOnPatientDataDoesNotStart() {
        var application = new SpringApplicationBuilder(UnauditedApplication.class).properties(
                "server.port=0", "spring.mongodb.uri=" + TestMongo.uri("kit-audit"),
                "stepwise.security.issuer=" + TestIdentityProvider.shared().issuer(),
                // What any service with an outbox sets; the start must fail for the handler, not for these.
                "stepwise.outbox.operations-path=/api/probe/outbox", "spring.kafka.admin.auto-create=false");
        assertThatThrownBy(application::run)
                .hasMessageContaining("without @Audited")
                .hasMessageContaining("PatientController.forgotten")
                .hasMessageNotContaining("PatientController.read");
    }
}
