package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.CarePlanStatus.ACTIVE;
import static io.stepwise.plan.careplan.domain.CarePlanStatus.DRAFT;
import static io.stepwise.plan.careplan.domain.CarePlanStatus.ON_HOLD;

import java.util.Set;

/**
 * The status changes of a plan, each from the statuses it is allowed in, to its target (FHIR CarePlan status).
 * Activating, resuming and completing are gated by blocking safety findings ({@link SafetyGate}).
 */
public enum PlanAction {
    ACTIVATE(Set.of(DRAFT), ACTIVE, SafetyGate.PLAN_ACTIVATION),
    HOLD(Set.of(ACTIVE), ON_HOLD, null),
    RESUME(Set.of(ON_HOLD), ACTIVE, SafetyGate.PLAN_ACTIVATION),
    COMPLETE(Set.of(ACTIVE), CarePlanStatus.COMPLETED, SafetyGate.PLAN_COMPLETION),
    REVOKE(Set.of(DRAFT, ACTIVE, ON_HOLD), CarePlanStatus.REVOKED, null);

    private final Set<CarePlanStatus> from;
    private final CarePlanStatus target;
    private final SafetyGate gate;

    PlanAction(Set<CarePlanStatus> from, CarePlanStatus target, SafetyGate gate) {
        this.from = from;
        this.target = target;
        this.gate = gate;
    }

    public boolean allowedFrom(CarePlanStatus status) {
        return from.contains(status);
    }

    public Set<CarePlanStatus> from() {
        return from;
    }

    public CarePlanStatus target() {
        return target;
    }

    /** The safety gate this change passes through, or null when blocking findings do not stop it. */
    public SafetyGate gate() {
        return gate;
    }
}
