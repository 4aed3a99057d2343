package io.stepwise.plan.safety;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import io.stepwise.plan.careplan.domain.SafetyCheck;
import io.stepwise.plan.catalogreplica.CatalogReplica;
import io.stepwise.plan.safety.domain.SafetyContext;
import io.stepwise.plan.safety.domain.SafetyEngine;

/** Hands out the safety engine with what it needs now: the replica's interaction rules and today's date (UTC). */
@Service
public class SafetyRules {

    private final CatalogReplica catalog;
    private final Clock clock;

    SafetyRules(CatalogReplica catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    public SafetyCheck current() {
        return SafetyEngine.standard(new SafetyContext(catalog.interactionRules(), LocalDate.now(clock)));
    }
}
