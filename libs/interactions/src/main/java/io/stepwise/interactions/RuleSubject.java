package io.stepwise.interactions;

/**
 * One side of an interaction rule: a specific treatment, or every treatment of a kind. Exactly one of the two is set;
 * a subject naming both or neither is refused with an {@link IllegalArgumentException}.
 *
 * @param treatmentId the treatment this side names, or null when it names a kind
 * @param kind        the kind this side names, or null when it names a treatment
 */
public record RuleSubject(String treatmentId, String kind) {

    public RuleSubject {
        if ((treatmentId == null) == (kind == null)) {
            throw new IllegalArgumentException("A rule subject names either a treatment or a kind, not both or neither");
        }
    }

    /** The side that names one treatment. */
    public static RuleSubject treatment(String treatmentId) {
        return new RuleSubject(treatmentId, null);
    }

    /** The side that names every treatment of a kind. */
    public static RuleSubject kind(String kind) {
        return new RuleSubject(null, kind);
    }

    /** Whether this side names the given treatment, by its id or by its kind. */
    public boolean matches(TreatmentRef treatment) {
        return treatmentId != null ? treatmentId.equals(treatment.id()) : kind.equals(treatment.kind());
    }
}
