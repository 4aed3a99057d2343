package io.stepwise.plan.template;

import java.net.URI;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.problem.FieldProblem;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;
import io.stepwise.plan.template.domain.PlanTemplate;

/** Plan templates: every staff member reads them; clinic admins write them. */
@RestController
@RequestMapping("/api/plan-templates")
class TemplateController {

    private final TemplateLibrary library;

    TemplateController(TemplateLibrary library) {
        this.library = library;
    }

    @GetMapping
    PagedModel<TemplateResponse> list(@PageParams(sort = {"name=name", "id=_id"}, defaultSort = "name") PageQuery page) {
        return new PagedModel<>(library.list(page.pageable()).map(TemplateResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<TemplateResponse> get(@PathVariable String id) {
        PlanTemplate template = library.get(id);
        return ResponseEntity.ok().eTag(ETags.of(template.revision())).body(TemplateResponse.of(template));
    }

    @PostMapping
    ResponseEntity<TemplateResponse> create(@RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated TemplateRequest request) {
        IfMatch.refuseOnCreate(ifMatch);
        if (request.id() == null) {
            throw new ProblemException(ProblemType.INVALID_BODY, "A new template needs an id",
                    java.util.List.of(new FieldProblem("id", "must not be null")));
        }
        PlanTemplate template = library.create(request.toTemplate(request.id()));
        return ResponseEntity.created(URI.create("/api/plan-templates/" + template.id()))
                .eTag(ETags.of(template.revision())).body(TemplateResponse.of(template));
    }

    @PutMapping("/{id}")
    ResponseEntity<TemplateResponse> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated TemplateRequest request) {
        PlanTemplate template = library.revise(id, IfMatch.required(ifMatch), request.toTemplate(id));
        return ResponseEntity.ok().eTag(ETags.of(template.revision())).body(TemplateResponse.of(template));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        library.delete(id, IfMatch.required(ifMatch));
        return ResponseEntity.noContent().build();
    }
}
