package io.stepwise.catalog.treatment;

import io.stepwise.events.EventTypes;
import io.stepwise.events.Topics;
import io.stepwise.events.catalog.TreatmentPayload;
import io.stepwise.kit.outbox.Outbox;

/** What the catalog tells other services about a treatment: always the whole treatment, to a compacted topic. */
class TreatmentEvents {

    private final Outbox outbox;

    TreatmentEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void published(Treatment treatment) {
        append(treatment, EventTypes.TREATMENT_PUBLISHED);
    }

    void revised(Treatment treatment) {
        append(treatment, EventTypes.TREATMENT_REVISED);
    }

    void retired(Treatment treatment) {
        append(treatment, EventTypes.TREATMENT_RETIRED);
    }

    private void append(Treatment treatment, String type) {
        long sequence = treatment.nextEventSequence();
        outbox.append(treatment, type, Topics.CATALOG_TREATMENTS, sequence, payload(treatment, sequence));
    }

    static TreatmentPayload payload(Treatment treatment, long sequence) {
        var details = treatment.details();
        var flags = details.flags();
        return new TreatmentPayload(treatment.id(), sequence, treatment.version(), treatment.status().name(),
                details.name(), details.category().name(), details.kind(), details.description(), details.mode().name(),
                details.invasiveness().name(), details.deliveredBy().stream().map(Enum::name).toList(),
                details.sideEffects(), new TreatmentPayload.Flags(flags.requiresMonitoring(), flags.controlledSubstance(),
                        flags.requiresRiskBenefitDiscussion(), flags.requiresPhysicianClearance(),
                        flags.homeExerciseProgram()));
    }
}
