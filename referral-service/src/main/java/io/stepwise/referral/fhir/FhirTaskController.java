package io.stepwise.referral.fhir;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.AuditAction;
import io.stepwise.kit.audit.Audited;
import io.stepwise.kit.security.Callers;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The calling partner's referrals as FHIR Tasks: search by status (a searchset Bundle, paged) and read by id. Another
 * partner's referral is answered exactly like an id that does not exist.
 */
@RestController
@RequestMapping("/partner-api/fhir/r4/Task")
class FhirTaskController {

    private final FhirReferralAccess referrals;
    private final TaskMapper tasks;
    private final TaskBundleMapper bundles;
    private final FhirJson json;

    FhirTaskController(FhirReferralAccess referrals, TaskMapper tasks, TaskBundleMapper bundles, FhirJson json) {
        this.referrals = referrals;
        this.tasks = tasks;
        this.bundles = bundles;
        this.json = json;
    }

    /** {@code GET Task?status=&_count=&_offset=}: a searchset Bundle of the caller's Tasks. */
    @GetMapping
    @Audited(action = AuditAction.SEARCH, resource = "referral")
    ResponseEntity<String> search(@AuthenticationPrincipal Jwt token, HttpServletRequest request) {
        var search = TaskSearch.parse(request.getParameterMap());
        var page = referrals.search(Callers.partnerId(token), search);
        return json.answer(ResponseEntity.ok(), bundles.toSearchset(page, search));
    }

    /** {@code GET Task/{id}}: the Task, with its version as a weak ETag. */
    @GetMapping("/{id}")
    @Audited(action = AuditAction.READ, resource = "referral")
    ResponseEntity<String> read(@AuthenticationPrincipal Jwt token, @PathVariable String id) {
        var referral = referrals.read(Callers.partnerId(token), "Task", id);
        return json.answer(FhirVersions.tagged(ResponseEntity.ok(), referral), tasks.toTask(referral));
    }
}
