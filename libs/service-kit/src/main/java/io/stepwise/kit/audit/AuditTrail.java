package io.stepwise.kit.audit;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.security.Callers;
import io.stepwise.kit.web.CorrelationId;

/** Appends audit records for reads and writes of patient data; the caller is taken from the request's token. */
public class AuditTrail {

    private final MongoTemplate mongo;
    private final Clock clock;

    public AuditTrail(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public AuditRecord record(String action, String resource, String reason) {
        String actor = "anonymous";
        String client = null;
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            actor = Callers.actor(token.getToken());
            client = Callers.client(token.getToken());
        }
        var record = new AuditRecord(UuidV7.next(), clock.instant(), actor, client, action, resource, reason,
                CorrelationId.current());
        return mongo.insert(record);
    }
}
