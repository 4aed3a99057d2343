package io.stepwise.plan.catalogreplica;

import java.util.Arrays;
import java.util.List;

import io.stepwise.events.catalog.InteractionRuleSetPayload;
import io.stepwise.events.catalog.TreatmentPayload;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.SpecialistType;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;

/**
 * Turns the catalog's wire payloads into plan-service's typed replica values, field by field: strings become the
 * replica's enums and the shared interaction rules. In: the received event and its payload. Out: the replica value.
 * A payload this side cannot type (an unknown status, category, mode, invasiveness, specialist type or severity, a
 * missing required field, a rule subject naming both or neither) is a poison record: {@link PoisonPayloadException},
 * which the consumer sends to the dead-letter topic instead of retrying.
 */
final class CatalogPayloadMapping {

    private CatalogPayloadMapping() {
    }

    static ReplicatedTreatment treatment(ReceivedEvent event, TreatmentPayload payload) {
        try {
            var flags = payload.flags();
            return new ReplicatedTreatment(payload.treatmentId(), payload.sequence(), payload.version(),
                    known(TreatmentStatus.class, "status", payload.status()), payload.name(),
                    known(Category.class, "category", payload.category()), payload.kind(), payload.description(),
                    known(Mode.class, "mode", payload.mode()),
                    known(Invasiveness.class, "invasiveness", payload.invasiveness()),
                    allKnown(SpecialistType.class, "deliveredBy", payload.deliveredBy()), payload.sideEffects(),
                    new ReplicatedTreatment.Flags(flags.requiresMonitoring(), flags.controlledSubstance(),
                            flags.requiresRiskBenefitDiscussion(), flags.requiresPhysicianClearance(),
                            flags.homeExerciseProgram()));
        } catch (IllegalArgumentException | NullPointerException untypable) {
            throw new PoisonPayloadException(event, untypable);
        }
    }

    static ReplicatedRuleSet ruleSet(ReceivedEvent event, InteractionRuleSetPayload payload) {
        try {
            var rules = payload.rules() == null ? List.<InteractionRule>of()
                    : payload.rules().stream().map(CatalogPayloadMapping::rule).toList();
            return new ReplicatedRuleSet(payload.ruleSetId(), payload.sequence(), payload.version(), rules);
        } catch (IllegalArgumentException | NullPointerException untypable) {
            throw new PoisonPayloadException(event, untypable);
        }
    }

    private static InteractionRule rule(InteractionRuleSetPayload.Rule rule) {
        return new InteractionRule(rule.ruleId(), subject(rule.a()), subject(rule.b()),
                known(Severity.class, "severity", rule.severity()), rule.reason());
    }

    private static RuleSubject subject(InteractionRuleSetPayload.Subject subject) {
        if (subject == null) {
            throw new IllegalArgumentException("a rule without one of its subjects");
        }
        return new RuleSubject(subject.treatmentId(), subject.kind());
    }

    private static <E extends Enum<E>> List<E> allKnown(Class<E> type, String field, List<String> names) {
        return names == null ? List.of() : names.stream().map(name -> known(type, field, name)).toList();
    }

    private static <E extends Enum<E>> E known(Class<E> type, String field, String name) {
        if (name == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + field + " " + name + " (known: "
                        + Arrays.toString(type.getEnumConstants()) + ")"));
    }
}
