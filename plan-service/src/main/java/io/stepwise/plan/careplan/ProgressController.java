package io.stepwise.plan.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.ids.UuidV7;
import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.plan.careplan.PlanResponse.GoalView;
import io.stepwise.plan.careplan.PlanResponse.OutcomeView;
import io.stepwise.plan.careplan.domain.Aim;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.Outcome;
import io.stepwise.plan.careplan.domain.PlanAdditions;
import io.stepwise.plan.outcome.domain.GoalTarget;
import io.stepwise.plan.outcome.domain.Measure;
import io.stepwise.plan.outcome.domain.MeasureProgress;
import io.stepwise.plan.outcome.domain.ScoredPoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Goals, outcome scores and the progress towards the goals. */
@RestController
@RequestMapping("/api/plans/{id}")
class ProgressController {

    private final CarePlanning planning;
    private final PlanAnswers answers;

    ProgressController(CarePlanning planning, PlanAnswers answers) {
        this.planning = planning;
        this.answers = answers;
    }

    @PostMapping("/goals")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<GoalView> addGoal(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated GoalRequest request) {
        var actor = Actors.of(caller);
        var goal = new PlanAdditions.NewGoal(UuidV7.next(), request.aim(), request.measure(), request.goalTarget(),
                request.dueDate());
        var changed = planning.change(id, IfMatch.required(ifMatch), plan -> plan,
                (plan, rules) -> plan.add(actor, PlanAdditions.goal(goal), planning.now(), rules));
        CarePlan plan = changed.plan();
        var view = plan.goals().stream().filter(g -> g.id().equals(goal.id())).findFirst()
                .map(g -> GoalView.of(g, plan, answers.today())).orElseThrow();
        return answers.created(plan, "/goals/" + goal.id(), view);
    }

    @PostMapping("/outcomes")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<OutcomeView> recordOutcome(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated OutcomeRequest request) {
        var actor = Actors.of(caller);
        String outcomeId = UuidV7.next();
        var changed = planning.change(id, IfMatch.required(ifMatch),
                plan -> plan.outcomes().stream().filter(o -> o.id().equals(outcomeId)).findFirst().orElseThrow(),
                (plan, rules) -> plan.recordOutcome(actor, outcomeId, request.measure(), request.items(),
                        request.recordedAt(), planning.now(), rules));
        return answers.created(changed.plan(), "/outcomes/" + outcomeId, OutcomeView.of(changed.part()));
    }

    @GetMapping("/progress")
    @Audited(action = AuditAction.READ, resource = "careplan", idParameter = "id")
    ResponseEntity<Progress> progress(@PathVariable String id) {
        CarePlan plan = planning.get(id);
        LocalDate today = answers.today();
        var measures = new ArrayList<MeasureView>();
        for (Measure measure : Measure.values()) {
            var points = plan.outcomes().stream().filter(o -> o.measure() == measure).map(Outcome::point).toList();
            if (!points.isEmpty()) {
                measures.add(MeasureView.of(measure, points));
            }
        }
        var goals = plan.goals().stream().map(goal -> GoalView.of(goal, plan, today))
                .map(view -> new GoalStatus(view.id(), view.achievementStatus().name())).toList();
        return ResponseEntity.ok(new Progress(measures, goals));
    }

    record GoalRequest(@NotNull Aim aim, @NotNull Measure measure, @Valid Target target, java.time.LocalDate dueDate) {

        GoalTarget goalTarget() {
            if (target == null) {
                return null;
            }
            try {
                var goalTarget = new GoalTarget(target.atMost(), target.changeFromBaselinePercent());
                goalTarget.checkFits(measure);
                return goalTarget;
            } catch (IllegalArgumentException e) {
                throw new ProblemException(ProblemType.INVALID_BODY, "The goal's target is not valid",
                        List.of(new FieldProblem("target", e.getMessage())));
            }
        }
    }

    /** {@code {"atMost": 4}} or {@code {"changeFromBaselinePercent": -30}}. */
    record Target(Double atMost, Double changeFromBaselinePercent) {
    }

    /** Item answers in the instrument's order; null marks a skipped ODI section. */
    record OutcomeRequest(@NotNull Measure measure, @NotNull @Size(max = 10) List<Integer> items,
            @NotNull Instant recordedAt) {
    }

    record Progress(List<MeasureView> measures, List<GoalStatus> goals) {
    }

    record PointView(Instant recordedAt, double score) {
    }

    record MeasureView(String measure, List<PointView> points, Double baseline, Double latest, Double change,
            String band) {

        static MeasureView of(Measure measure, List<ScoredPoint> points) {
            var progress = MeasureProgress.of(measure, points);
            return new MeasureView(measure.name(),
                    progress.points().stream().map(p -> new PointView(p.recordedAt(), p.score())).toList(),
                    progress.baseline(), progress.latest(), progress.change(),
                    progress.band() == null ? null : progress.band().name());
        }
    }

    record GoalStatus(String id, String achievementStatus) {
    }
}
