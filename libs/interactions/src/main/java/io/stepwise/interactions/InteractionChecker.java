package io.stepwise.interactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Checks a set of treatments against a list of interaction rules: the one place where rules are matched, used by the
 * catalog's interaction check now, and by care plans (which keep the rules in plan-service's replica) next.
 * <p>
 * In: the rules (any order) and the treatments to be combined. Out: one {@link Conflict} per applying rule and pair of
 * different treatments, most severe first; within one severity, pairs in the order of the treatments given. A rule
 * applies by treatment id or by kind, in either order of its two sides; a treatment listed twice counts once and is
 * never paired with itself.
 */
public final class InteractionChecker {

    private final List<InteractionRule> rules;

    public InteractionChecker(List<InteractionRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every conflict among these treatments, most severe first. */
    public List<Conflict> conflictsAmong(List<TreatmentRef> treatments) {
        List<TreatmentRef> distinct = distinctById(treatments);
        var conflicts = new ArrayList<Conflict>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                conflicts.addAll(conflictsBetween(distinct.get(i), distinct.get(j)));
            }
        }
        conflicts.sort(Comparator.comparing(Conflict::severity));
        return List.copyOf(conflicts);
    }

    private List<Conflict> conflictsBetween(TreatmentRef first, TreatmentRef second) {
        return rules.stream().filter(rule -> rule.appliesTo(first, second))
                .map(rule -> Conflict.of(rule, first, second)).toList();
    }

    private static List<TreatmentRef> distinctById(List<TreatmentRef> treatments) {
        var byId = new LinkedHashMap<String, TreatmentRef>();
        treatments.forEach(treatment -> byId.putIfAbsent(treatment.id(), treatment));
        return List.copyOf(byId.values());
    }
}
