package io.stepwise.catalog.interaction;

import java.net.URI;
import java.util.List;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.interactions.Conflict;
import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.TextRules;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
class InteractionRuleController {

    private final InteractionRuleBook ruleBook;

    InteractionRuleController(InteractionRuleBook ruleBook) {
        this.ruleBook = ruleBook;
    }

    /** The rules in the order they were added; the ETag is the rule set's, for If-Match on add and remove. */
    @GetMapping("/api/catalog/interaction-rules")
    ResponseEntity<PagedModel<InteractionRule>> list(@PageParams(defaultSize = 50) PageQuery page) {
        var set = ruleBook.current();
        return ResponseEntity.ok().eTag(ETags.of(set.version())).body(new PagedModel<>(page.of(set.rules())));
    }

    /** One rule, with the rule set's ETag (changes are made to the set). */
    @GetMapping("/api/catalog/interaction-rules/{id}")
    ResponseEntity<InteractionRule> get(@PathVariable String id) {
        var set = ruleBook.current();
        var rule = set.find(id).orElseThrow(() -> new UnknownRuleException(id));
        return ResponseEntity.ok().eTag(ETags.of(set.version())).body(rule);
    }

    @PostMapping("/api/catalog/interaction-rules")
    ResponseEntity<InteractionRule> add(@RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated RuleRequest request) {
        var change = ruleBook.add(request.a().subject(), request.b().subject(), request.severity(), request.reason(),
                IfMatch.required(ifMatch));
        return ResponseEntity.created(URI.create("/api/catalog/interaction-rules/" + change.rule().id()))
                .eTag(ETags.of(change.ruleSetVersion())).body(change.rule());
    }

    @DeleteMapping("/api/catalog/interaction-rules/{id}")
    ResponseEntity<Void> remove(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var change = ruleBook.remove(id, IfMatch.required(ifMatch));
        return ResponseEntity.noContent().eTag(ETags.of(change.ruleSetVersion())).build();
    }

    @PostMapping("/api/catalog/interaction-checks")
    CheckResult check(@RequestBody @Validated CheckRequest request) {
        return new CheckResult(ruleBook.check(request.treatmentIds()));
    }

    record RuleRequest(@NotNull @Valid SubjectRequest a, @NotNull @Valid SubjectRequest b, @NotNull Severity severity,
            @NotBlank @Size(max = 1000) @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE) String reason) {
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
