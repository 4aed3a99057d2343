package io.stepwise.catalog.interaction;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.stepwise.catalog.interaction.domain.InteractionRuleSet;
import io.stepwise.catalog.treatment.TreatmentCatalog;
import io.stepwise.interactions.Conflict;
import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.interactions.TreatmentRef;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.web.IfMatch;

/**
 * Adding and removing interaction rules, and checking a set of treatments against them. The rule set's ETag is its
 * version, which rises with every change.
 */
@Service
public class InteractionRuleBook {

    private final InteractionRuleSets ruleSets;
    private final TreatmentCatalog catalog;

    InteractionRuleBook(InteractionRuleSets ruleSets, TreatmentCatalog catalog) {
        this.ruleSets = ruleSets;
        this.catalog = catalog;
    }

    public InteractionRuleSet current() {
        return ruleSets.findById(InteractionRuleSet.CLINIC).orElseGet(InteractionRuleSet::empty);
    }

    /** A rule added or removed, and the rule set's version (its ETag) after the change. */
    public record RuleChange(InteractionRule rule, long ruleSetVersion) {
    }

    /** @throws InvalidRuleException if a subject names a treatment or kind the catalog does not have */
    public RuleChange add(RuleSubject a, RuleSubject b, Severity severity, String reason, IfMatch ifMatch) {
        requireKnown(a);
        requireKnown(b);
        var set = current(ifMatch);
        var rule = new InteractionRule(UuidV7.next(), a, b, severity, reason.strip());
        set.add(rule);
        save(set);
        return new RuleChange(rule, set.version());
    }

    public RuleChange remove(String ruleId, IfMatch ifMatch) {
        var set = current(ifMatch);
        var removed = set.remove(ruleId).orElseThrow(() -> new UnknownRuleException(ruleId));
        save(set);
        return new RuleChange(removed, set.version());
    }

    /** Every conflict among these treatments, most severe first. @throws UnknownTreatmentException for unknown ids */
    public List<Conflict> check(List<String> treatmentIds) {
        var refs = catalog.getAll(treatmentIds).stream()
                .map(treatment -> new TreatmentRef(treatment.id(), treatment.details().kind())).toList();
        return current().conflictsAmong(refs);
    }

    private InteractionRuleSet current(IfMatch ifMatch) {
        var set = current();
        ifMatch.check("The interaction rule set", set.version());
        return set;
    }

    private void save(InteractionRuleSet set) {
        try {
            ruleSets.save(set);
        } catch (DuplicateKeyException concurrentFirstRule) {
            throw new OptimisticLockingFailureException("The rule set changed meanwhile", concurrentFirstRule);
        }
    }

    private void requireKnown(RuleSubject subject) {
        if (subject.treatmentId() != null && !catalog.exists(subject.treatmentId())) {
            throw new InvalidRuleException("No treatment with id " + subject.treatmentId());
        }
        if (subject.kind() != null && !catalog.hasKind(subject.kind())) {
            throw new InvalidRuleException("No treatment of kind " + subject.kind());
        }
    }
}
