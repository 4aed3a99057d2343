package io.stepwise.plan.careplan;

import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditTrail;

@RestController
@RequestMapping("/api/plans")
class CarePlanController {

    private final CarePlans plans;
    private final AuditTrail audit;

    CarePlanController(CarePlans plans, AuditTrail audit) {
        this.plans = plans;
        this.audit = audit;
    }

    @GetMapping
    PagedModel<CarePlanSummary> forPatient(@RequestParam String patientId, @PageableDefault(size = 20) Pageable page) {
        audit.record("read", "patient/" + patientId + "/plans", "list the patient's care plans");
        return new PagedModel<>(plans.findByPatientId(patientId, page).map(CarePlanSummary::of));
    }

    record CarePlanSummary(String id, String patientId, String title, CarePlanStatus status) {

        static CarePlanSummary of(CarePlan plan) {
            return new CarePlanSummary(plan.id(), plan.patientId(), plan.title(), plan.status());
        }
    }
}
