package io.stepwise.catalog.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.events.HasOutbox;
import io.stepwise.events.PendingEvent;

/**
 * The clinic's interaction rules, kept and published as one aggregate: a care plan is checked against the whole set,
 * so every change sends the whole set with a new version.
 */
@Document("interaction_rule_sets")
public class InteractionRuleSet implements HasOutbox {

    public static final String CLINIC = "clinic";

    @Id
    private final String id;
    private final List<InteractionRule> rules;
    private long version;
    private long eventSequence;
    @Version
    private Long revision;
    private final List<PendingEvent> pendingEvents;

    @PersistenceCreator
    InteractionRuleSet(String id, List<InteractionRule> rules, long version, long eventSequence, Long revision,
            List<PendingEvent> pendingEvents) {
        this.id = id;
        this.rules = new ArrayList<>(rules == null ? List.of() : rules);
        this.version = version;
        this.eventSequence = eventSequence;
        this.revision = revision;
        this.pendingEvents = new ArrayList<>(pendingEvents == null ? List.of() : pendingEvents);
    }

    public static InteractionRuleSet empty() {
        return new InteractionRuleSet(CLINIC, List.of(), 0, 0, null, List.of());
    }

    public void add(InteractionRule rule) {
        rules.add(rule);
        version++;
    }

    public Optional<InteractionRule> remove(String ruleId) {
        Optional<InteractionRule> removed = find(ruleId);
        removed.ifPresent(rule -> {
            rules.remove(rule);
            version++;
        });
        return removed;
    }

    public Optional<InteractionRule> find(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /** Every rule that applies to any two of these treatments, most severe first. */
    public List<Conflict> conflictsAmong(List<TreatmentRef> treatments) {
        var conflicts = new ArrayList<Conflict>();
        for (int i = 0; i < treatments.size(); i++) {
            for (int j = i + 1; j < treatments.size(); j++) {
                TreatmentRef first = treatments.get(i);
                TreatmentRef second = treatments.get(j);
                rules.stream().filter(rule -> rule.appliesTo(first, second)).forEach(rule -> conflicts.add(
                        new Conflict(first.id(), second.id(), rule.id(), rule.severity(), rule.reason())));
            }
        }
        conflicts.sort(java.util.Comparator.comparing(Conflict::severity));
        return conflicts;
    }

    public long nextEventSequence() {
        return ++eventSequence;
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
    public String outboxKey() {
        return id;
    }

    @Override
    public List<PendingEvent> pendingEvents() {
        return pendingEvents;
    }
}
