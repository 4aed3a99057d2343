package io.stepwise.catalog.interaction;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.stepwise.catalog.treatment.TreatmentCatalog;
import io.stepwise.catalog.treatment.Treatments;
import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.catalog.InteractionRuleSetPayload;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.outbox.Outbox;

/** Adding and removing interaction rules, and checking a set of treatments against them. */
@Service
public class InteractionRuleBook {

    private final InteractionRuleSets ruleSets;
    private final Treatments treatments;
    private final TreatmentCatalog catalog;
    private final Outbox outbox;

    InteractionRuleBook(InteractionRuleSets ruleSets, Treatments treatments, TreatmentCatalog catalog, Outbox outbox) {
        this.ruleSets = ruleSets;
        this.treatments = treatments;
        this.catalog = catalog;
        this.outbox = outbox;
    }

    public InteractionRuleSet current() {
        return ruleSets.findById(InteractionRuleSet.CLINIC).orElseGet(InteractionRuleSet::empty);
    }

    public InteractionRule add(RuleSubject a, RuleSubject b, Severity severity, String reason) {
        requireKnown(a);
        requireKnown(b);
        var rule = new InteractionRule(UuidV7.next(), a, b, severity, reason.strip());
        var set = current();
        set.add(rule);
        changed(set);
        return rule;
    }

    public InteractionRule remove(String ruleId) {
        var set = current();
        var removed = set.remove(ruleId).orElseThrow(() -> new UnknownRuleException(ruleId));
        changed(set);
        return removed;
    }

    public List<Conflict> check(List<String> treatmentIds) {
        var refs = catalog.getAll(treatmentIds).stream()
                .map(treatment -> new TreatmentRef(treatment.id(), treatment.details().kind())).toList();
        return current().conflictsAmong(refs);
    }

    private void changed(InteractionRuleSet set) {
        long sequence = set.nextEventSequence();
        outbox.append(set, EventTypes.INTERACTION_RULES_CHANGED, Topics.CATALOG_INTERACTION_RULES, sequence,
                payload(set, sequence));
        try {
            ruleSets.save(set);
        } catch (DuplicateKeyException concurrentFirstRule) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The rule set changed meanwhile", concurrentFirstRule);
        }
    }

    private void requireKnown(RuleSubject subject) {
        if (subject.treatmentId() != null && !treatments.existsById(subject.treatmentId())) {
            throw new InvalidRuleException("No treatment with id " + subject.treatmentId());
        }
        if (subject.kind() != null && !treatments.existsByDetailsKind(subject.kind())) {
            throw new InvalidRuleException("No treatment of kind " + subject.kind());
        }
    }

    static InteractionRuleSetPayload payload(InteractionRuleSet set, long sequence) {
        var rules = set.rules().stream().map(rule -> new InteractionRuleSetPayload.Rule(rule.id(),
                subject(rule.a()), subject(rule.b()), rule.severity().name(), rule.reason())).toList();
        return new InteractionRuleSetPayload(set.id(), sequence, set.version(), rules);
    }

    private static InteractionRuleSetPayload.Subject subject(RuleSubject subject) {
        return new InteractionRuleSetPayload.Subject(subject.treatmentId(), subject.kind());
    }
}
