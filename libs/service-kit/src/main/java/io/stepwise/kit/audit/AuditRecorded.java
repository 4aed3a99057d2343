package io.stepwise.kit.audit;

import io.stepwise.kit.domain.DomainEvent;

/** An audit record was written; it carries the record, which never changes afterwards. */
public record AuditRecorded(AuditRecord record) implements DomainEvent {
}
