package io.stepwise.catalog.interaction;

import java.net.URI;
import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
class InteractionRuleController {

    private final InteractionRuleBook ruleBook;

    InteractionRuleController(InteractionRuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    @GetMapping("/api/catalog/interaction-rules")
    PagedModel<InteractionRule> list(@PageableDefault(size = 50) Pageable page) {
        List<InteractionRule> rules = ruleBook.current().rules();
        int from = (int) Math.min(page.getOffset(), rules.size());
        int to = Math.min(from + page.getPageSize(), rules.size());
        return new PagedModel<>(new PageImpl<>(rules.subList(from, to), page, rules.size()));
    }

    @PostMapping("/api/catalog/interaction-rules")
    ResponseEntity<InteractionRule> add(@RequestBody @Validated RuleRequest request) {
        var rule = ruleBook.add(request.a().subject(), request.b().subject(), request.severity(), request.reason());
        return ResponseEntity.created(URI.create("/api/catalog/interaction-rules/" + rule.id())).body(rule);
    }

    @DeleteMapping("/api/catalog/interaction-rules/{id}")
    ResponseEntity<Void> remove(@PathVariable String id) {
        ruleBook.remove(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/catalog/interaction-checks")
    CheckResult check(@RequestBody @Validated CheckRequest request) {
        return new CheckResult(ruleBook.check(request.treatmentIds()));
    }

    record RuleRequest(@NotNull @Valid SubjectRequest a, @NotNull @Valid SubjectRequest b, @NotNull Severity severity,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record SubjectRequest(@Size(max = 80) String treatmentId, @Size(max = 80) String kind) {

        @AssertTrue(message = "name either treatmentId or kind")
        boolean isEitherTreatmentOrKind() {
            return (treatmentId == null) != (kind == null);
        }

        RuleSubject subject() {
            return new RuleSubject(treatmentId, kind);
        }
    }

    record CheckRequest(@NotEmpty @Size(max = 100) List<@NotBlank String> treatmentIds) {
    }

    record CheckResult(List<Conflict> conflicts) {
    }
}
