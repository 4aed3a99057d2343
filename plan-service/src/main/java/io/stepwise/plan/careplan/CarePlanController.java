package io.stepwise.plan.careplan;

import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;

@RestController
@RequestMapping("/api/plans")
class CarePlanController {

    private final CarePlans plans;

    CarePlanController(CarePlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "careplan")
    PagedModel<CarePlanSummary> forPatient(@RequestParam String patientId,
            @PageParams(sort = {"title=title", "status=status"}, defaultSort = "title") PageQuery page) {
        return new PagedModel<>(plans.findByPatientId(patientId, page.pageable()).map(CarePlanSummary::of));
    }

    record CarePlanSummary(String id, String patientId, String title, CarePlanStatus status) {

        static CarePlanSummary of(CarePlan plan) {
            return new CarePlanSummary(plan.id(), plan.patientId(), plan.title(), plan.status());
        }
    }
}
