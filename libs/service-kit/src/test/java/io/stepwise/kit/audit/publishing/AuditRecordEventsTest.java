package io.stepwise.kit.audit.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.stepwise.events.audit.AuditRecordPayload;
import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.AuditOutcome;
import io.stepwise.kit.audit.AuditRecord;
import io.stepwise.kit.audit.AuditRecorded;

class AuditRecordEventsTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:30:00.123Z");

    private static AuditRecord record(String patientId) {
        return AuditRecord.recorded("rec-1", AT, "plan-service", "clinician", "stepwise-gateway", AuditAction.READ,
                patientId, "careplan/plan-1", AuditOutcome.FORBIDDEN, 403, "GET /api/plans/plan-1", "corr-1");
    }

    @Test
    void aNewRecordRecordsExactlyOneEventCarryingItself() {
        var record = record("patient-1");
        assertThat(record.outbox().recordedEvents()).singleElement()
                .isEqualTo(new AuditRecorded(record));
    }

    @Test
    void aRecordReadBackRecordsNothing() {
        var copy = new AuditRecord("rec-1", AT, "plan-service", "clinician", null, AuditAction.READ, null, "careplan",
                AuditOutcome.SUCCESS, 200, "GET /api/plans", "corr-1", null);
        assertThat(copy.outbox().recordedEvents()).isEmpty();
        assertThat(copy.outbox().sequence()).isZero();
    }

    @Test
    void theKeyIsThePatientWhenKnownElseTheRecordsId() {
        assertThat(AuditRecordEvents.key(new AuditRecorded(record("patient-1")))).isEqualTo("patient-1");
        assertThat(AuditRecordEvents.key(new AuditRecorded(record(null)))).isEqualTo("rec-1");
        assertThat(AuditRecordEvents.key(new AuditRecorded(record(" ")))).isEqualTo("rec-1");
    }

    @Test
    void thePayloadIsTheWholeRecord() {
        assertThat(AuditRecordEvents.payload(new AuditRecorded(record("patient-1")), 1)).isEqualTo(
                new AuditRecordPayload("rec-1", 1, AT, "plan-service", "clinician", "stepwise-gateway", "READ",
                        "patient-1", "careplan/plan-1", "FORBIDDEN", 403, "GET /api/plans/plan-1", "corr-1"));
    }

    @Test
    void theTableRoutesTheEventToTheAuditTopic() {
        var route = AuditRecordEvents.externalization().routeOf(new AuditRecorded(record("patient-1")));
        assertThat(route.topic()).isEqualTo("audit.records.v1");
        assertThat(route.cloudEventType()).isEqualTo("io.stepwise.audit.record.recorded");
    }
}
