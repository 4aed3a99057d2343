package io.stepwise.catalog.treatment;

import io.stepwise.catalog.treatment.domain.TreatmentEvent;
import io.stepwise.events.catalog.TreatmentPayload;

/** The wire form of a treatment event: always the whole treatment (the topic is compacted). */
public final class TreatmentPayloads {

    private TreatmentPayloads() {
    }

    public static TreatmentPayload of(TreatmentEvent event, long sequence) {
        var details = event.details();
        var flags = details.flags();
        return new TreatmentPayload(event.treatmentId(), sequence, event.version(), event.status().name(),
                details.name(), details.category().name(), details.kind(), details.description(), details.mode().name(),
                details.invasiveness().name(), details.deliveredBy().stream().map(Enum::name).toList(),
                details.sideEffects(), new TreatmentPayload.Flags(flags.requiresMonitoring(), flags.controlledSubstance(),
                        flags.requiresRiskBenefitDiscussion(), flags.requiresPhysicianClearance(),
                        flags.homeExerciseProgram()));
    }
}
