package io.stepwise.gateway.audit;

import io.stepwise.kit.audit.AuditAction;

/** What a refused request attempted, by its method (the gateway does not know the service's handlers). */
final class AuditActions {

    private AuditActions() {
    }

    static String ofMethod(String method) {
        return switch (method) {
            case "GET", "HEAD" -> AuditAction.READ.name();
            case "POST" -> AuditAction.CREATE.name();
            case "DELETE" -> AuditAction.DELETE.name();
            default -> AuditAction.UPDATE.name();
        };
    }
}
