package io.stepwise.catalog.interaction.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.interactions.Conflict;
import io.stepwise.interactions.InteractionChecker;
import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.TreatmentRef;
import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;

/**
 * The clinic's interaction rules, kept and published as one aggregate: a care plan is checked against the whole set,
 * so every change sends the whole set with a new version. Adding or removing a rule raises {@code version} and records
 * {@link InteractionRulesChanged} with the whole set; matching the rules against treatments is the shared
 * {@link InteractionChecker}'s, the same one care plans use.
 */
@Document("interaction_rule_sets")
public class InteractionRuleSet implements HasOutbox {

    public static final String CLINIC = "clinic";

    @Id
    private final String id;
    private final List<InteractionRule> rules;
    private long version;
    @Version
    private Long revision;
    private final EventOutbox outbox;

    @PersistenceCreator
    InteractionRuleSet(String id, List<InteractionRule> rules, long version, Long revision, EventOutbox outbox) {
        this.id = id;
        this.rules = new ArrayList<>(rules == null ? List.of() : rules);
        this.version = version;
        this.revision = revision;
        this.outbox = outbox == null ? EventOutbox.empty() : outbox;
    }

    public static InteractionRuleSet empty() {
        return new InteractionRuleSet(CLINIC, List.of(), 0, null, EventOutbox.empty());
    }

    /**
     * Adds a rule; the whole set, with its new version, is recorded as changed.
     *
     * @throws RuleRefusedException if a rule between the same two subjects (either order) exists, or if both sides
     *                              name the same treatment; the set is unchanged
     */
    public void add(InteractionRule rule) {
        if (rule.a().treatmentId() != null && rule.a().equals(rule.b())) {
            throw new RuleRefusedException(RuleRefusedException.Reason.SAME_TREATMENT, "A rule needs two different "
                    + "treatments; both sides name " + rule.a().treatmentId());
        }
        rules.stream().filter(existing -> samePair(existing, rule)).findFirst().ifPresent(existing -> {
            throw new RuleRefusedException(RuleRefusedException.Reason.DUPLICATE, "Rule " + existing.id()
                    + " already covers this pair; change or remove it instead");
        });
        rules.add(rule);
        changed();
    }

    public Optional<InteractionRule> remove(String ruleId) {
        Optional<InteractionRule> removed = find(ruleId);
        removed.ifPresent(rule -> {
            rules.remove(rule);
            changed();
        });
        return removed;
    }

    private static boolean samePair(InteractionRule one, InteractionRule other) {
        return one.a().equals(other.a()) && one.b().equals(other.b())
                || one.a().equals(other.b()) && one.b().equals(other.a());
    }

    public Optional<InteractionRule> find(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /** Every rule that applies to any two of these treatments, most severe first (see {@link InteractionChecker}). */
    public List<Conflict> conflictsAmong(List<TreatmentRef> treatments) {
        return new InteractionChecker(rules).conflictsAmong(treatments);
    }

    private void changed() {
        version++;
        outbox.record(new InteractionRulesChanged(id, version, rules));
    }

    public String id() {
        return id;
    }

    public List<InteractionRule> rules() {
        return List.copyOf(rules);
    }

    public long version() {
        return version;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }
}
