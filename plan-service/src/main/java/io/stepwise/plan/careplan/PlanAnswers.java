package io.stepwise.plan.careplan;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.stepwise.kit.web.ETags;
import io.stepwise.plan.careplan.domain.CarePlan;

/** Every answer about a plan carries the plan's ETag, so the caller's next change can send it as If-Match. */
@Component
class PlanAnswers {

    private final Clock clock;

    PlanAnswers(Clock clock) {
        this.clock = clock;
    }

    /** 200 with the whole plan. */
    ResponseEntity<PlanResponse> plan(CarePlan plan) {
        return ResponseEntity.ok().eTag(ETags.of(plan.revision())).body(PlanResponse.of(plan, today()));
    }

    /** 201 with the part created, located under the plan. */
    <T> ResponseEntity<T> created(CarePlan plan, String path, T part) {
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id() + path)).eTag(ETags.of(plan.revision()))
                .body(part);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
