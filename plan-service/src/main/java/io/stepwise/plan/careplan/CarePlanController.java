package io.stepwise.plan.careplan;

import java.net.URI;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.kit.web.TextRules;
import io.stepwise.plan.careplan.domain.CarePlan;
import io.stepwise.plan.careplan.domain.CarePlanStatus;
import io.stepwise.plan.careplan.domain.PlanAction;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Care plans: drafting, reading, finding, status changes, templates and overrides. */
@RestController
@RequestMapping("/api/plans")
class CarePlanController {

    static final String ID = "[A-Za-z0-9-]{1,64}";

    private final CarePlanning planning;
    private final PlanAnswers answers;

    CarePlanController(CarePlanning planning, PlanAnswers answers) {
        this.planning = planning;
        this.answers = answers;
    }

    @PostMapping
    @Audited(action = AuditAction.CREATE, resource = "careplan")
    ResponseEntity<PlanResponse> draft(JwtAuthenticationToken caller,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated DraftRequest request) {
        IfMatch.refuseOnCreate(ifMatch);
        CarePlan plan = planning.draft(Actors.of(caller), request.patientId(), request.title().strip(),
                request.treatingPhysician());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).eTag(ETags.of(plan.revision()))
                .body(PlanResponse.of(plan, answers.today()));
    }

    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> get(@PathVariable String id) {
        return answers.plan(planning.get(id));
    }

    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "careplan")
    PagedModel<PlanSummary> find(@RequestParam @Pattern(regexp = ID, message = "must be a patient id") String patientId,
            @RequestParam(required = false) CarePlanStatus status,
            @PageParams(sort = {"title=title", "status=status", "createdAt=createdAt", "updatedAt=updatedAt"},
                    defaultSort = "title") PageQuery page) {
        return new PagedModel<>(planning.find(patientId, status, page.pageable()).map(PlanSummary::of));
    }

    @PostMapping("/{id}/{action:activate|hold|resume|complete|revoke}")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> transition(JwtAuthenticationToken caller, @PathVariable String id,
            @PathVariable String action, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var planAction = PlanAction.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        var actor = Actors.of(caller);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch),
                (plan, rules) -> plan.apply(actor, planAction, planning.now(), rules)));
    }

    @PostMapping("/{id}/apply-template")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> applyTemplate(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated TemplateChoice request) {
        return answers.plan(planning.applyTemplate(Actors.of(caller), id, IfMatch.required(ifMatch),
                request.templateId()));
    }

    @PostMapping("/{id}/treating-physician")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> treatingPhysician(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated PhysicianChoice request) {
        var actor = Actors.of(caller);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch),
                (plan, rules) -> plan.assignTreatingPhysician(actor, request.treatingPhysician(), planning.now(), rules)));
    }

    @PostMapping("/{id}/overrides")
    @Audited(action = AuditAction.UPDATE, resource = "careplan", idParameter = "id")
    ResponseEntity<PlanResponse> override(JwtAuthenticationToken caller, @PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated OverrideRequest request) {
        var actor = Actors.of(caller);
        return answers.plan(planning.change(id, IfMatch.required(ifMatch),
                (plan, rules) -> plan.override(actor, request.findingId(), request.reason().strip(), planning.now(),
                        rules)));
    }

    record DraftRequest(
            @NotBlank @Pattern(regexp = ID, message = "must be a patient id") String patientId,
            @NotBlank @Size(max = 200) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.MESSAGE) String title,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a clinician's user name")
            String treatingPhysician) {
    }

    record PhysicianChoice(@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
            message = "must be a clinician's user name") String treatingPhysician) {
    }

    record TemplateChoice(@NotBlank @Size(max = 80) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
            message = "must be a template id") String templateId) {
    }

    record OverrideRequest(
            @NotBlank @Pattern(regexp = ID, message = "must be a finding id") String findingId,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String reason) {
    }

    record PlanSummary(String id, String patientId, String title, String treatingPhysician, CarePlanStatus status,
            long revision) {

        static PlanSummary of(CarePlan plan) {
            return new PlanSummary(plan.id(), plan.patientId(), plan.title(), plan.treatingPhysician(), plan.status(),
                    plan.revision());
        }
    }
}
