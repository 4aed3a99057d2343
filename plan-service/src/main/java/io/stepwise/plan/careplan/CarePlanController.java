package io.stepwise.plan.careplan;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/plans")
class CarePlanController {

    private final CarePlans plans;

    CarePlanController(CarePlans plans) {
        this.plans = plans;
    }

    @GetMapping
    PagedModel<CarePlanSummary> forPatient(@RequestParam String patientId, @PageableDefault(size = 20) Pageable page) {
        return new PagedModel<>(plans.findByPatientId(patientId, page).map(CarePlanSummary::of));
    }

    record CarePlanSummary(String id, String patientId, String title, CarePlanStatus status) {

        static CarePlanSummary of(CarePlan plan) {
            return new CarePlanSummary(plan.id(), plan.patientId(), plan.title(), plan.status());
        }
    }
}
