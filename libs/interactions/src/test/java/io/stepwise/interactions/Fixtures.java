package io.stepwise.interactions;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Short forms for the tables: treatments by id from a small illustrative catalog, subjects as {@code id:ibuprofen} or
 * {@code kind:nsaid}, and conflicts as {@code first>second}.
 */
final class Fixtures {

    private static final Map<String, String> KIND_OF = Map.of(
            "ibuprofen", "nsaid",
            "naproxen", "nsaid",
            "oxycodone", "narcotic",
            "tramadol", "narcotic",
            "gabapentin", "nerve-stabilizer-antiseizure",
            "duloxetine", "nerve-stabilizer-antidepressant",
            "cyclobenzaprine", "muscle-relaxant",
            "tens", "modalities");

    private Fixtures() {
    }

    static TreatmentRef treatment(String id) {
        String kind = KIND_OF.get(id);
        if (kind == null) {
            throw new IllegalArgumentException("no fixture treatment " + id);
        }
        return new TreatmentRef(id, kind);
    }

    /** Treatments from a space-separated list of ids, in that order. */
    static List<TreatmentRef> treatments(String ids) {
        return Arrays.stream(ids.trim().split("\\s+")).map(Fixtures::treatment).toList();
    }

    static RuleSubject subject(String shortForm) {
        String[] parts = shortForm.split(":", 2);
        return switch (parts[0]) {
            case "id" -> RuleSubject.treatment(parts[1]);
            case "kind" -> RuleSubject.kind(parts[1]);
            default -> throw new IllegalArgumentException("subject is id:… or kind:…, was " + shortForm);
        };
    }

    static InteractionRule rule(String id, String a, String b, Severity severity) {
        return new InteractionRule(id, subject(a), subject(b), severity, "because " + id);
    }

    /** The conflicts as {@code first>second} pairs, in the order reported. */
    static List<String> pairs(List<Conflict> conflicts) {
        return conflicts.stream().map(conflict -> conflict.firstTreatmentId() + ">" + conflict.secondTreatmentId())
                .toList();
    }

    /** Expected pairs from a space-separated list; an empty or null list means no conflict. */
    static List<String> expectedPairs(String pairs) {
        return pairs == null || pairs.isBlank() ? List.of() : List.of(pairs.trim().split("\\s+"));
    }
}
