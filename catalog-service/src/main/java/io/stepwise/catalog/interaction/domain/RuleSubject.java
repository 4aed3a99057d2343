package io.stepwise.catalog.interaction.domain;

/** One side of a rule: a specific treatment, or every treatment of a kind. Exactly one of the two is set. */
public record RuleSubject(String treatmentId, String kind) {

    public RuleSubject {
        if ((treatmentId == null) == (kind == null)) {
            throw new IllegalArgumentException("A rule subject names either a treatment or a kind, not both or neither");
        }
    }

    public static RuleSubject treatment(String treatmentId) {
        return new RuleSubject(treatmentId, null);
    }

    public static RuleSubject kind(String kind) {
        return new RuleSubject(null, kind);
    }

    boolean matches(TreatmentRef treatment) {
        return treatmentId != null ? treatmentId.equals(treatment.id()) : kind.equals(treatment.kind());
    }
}
