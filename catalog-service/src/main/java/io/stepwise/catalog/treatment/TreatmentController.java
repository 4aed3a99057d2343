package io.stepwise.catalog.treatment;

import java.net.URI;

import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.catalog.treatment.domain.TreatmentStatus;
import io.stepwise.kit.web.ETags;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.kit.web.PageParams;
import io.stepwise.kit.web.PageQuery;

@RestController
@RequestMapping("/api/catalog/treatments")
class TreatmentController {

    private final TreatmentCatalog catalog;
    private final Treatments treatments;

    TreatmentController(TreatmentCatalog catalog, Treatments treatments) {
        this.catalog = catalog;
        this.treatments = treatments;
    }

    @GetMapping
    PagedModel<TreatmentResponse> search(@RequestParam(required = false) Category category,
            @RequestParam(required = false) String kind, @RequestParam(required = false) TreatmentStatus status,
            @RequestParam(required = false) String q,
            @PageParams(sort = {"name=details.name", "category=details.category", "kind=details.kind", "status=status",
                    "id=_id"}, defaultSort = "name") PageQuery page) {
        var filter = new TreatmentFilter(category, kind, status, q);
        return new PagedModel<>(treatments.search(filter, page.pageable()).map(TreatmentResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<TreatmentResponse> get(@PathVariable String id) {
        return withETag(ResponseEntity.ok(), catalog.get(id));
    }

    @PostMapping
    ResponseEntity<TreatmentResponse> create(@RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated TreatmentRequest request) {
        IfMatch.refuseOnCreate(ifMatch);
        var treatment = catalog.draft(request.id(), request.details());
        return withETag(ResponseEntity.created(URI.create("/api/catalog/treatments/" + treatment.id())), treatment);
    }

    @PutMapping("/{id}")
    ResponseEntity<TreatmentResponse> revise(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @Validated TreatmentRequest request) {
        return withETag(ResponseEntity.ok(), catalog.revise(id, IfMatch.required(ifMatch), request.details()));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<TreatmentResponse> publish(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), catalog.publish(id, IfMatch.required(ifMatch)));
    }

    @PostMapping("/{id}/retire")
    ResponseEntity<TreatmentResponse> retire(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), catalog.retire(id, IfMatch.required(ifMatch)));
    }

    private static ResponseEntity<TreatmentResponse> withETag(ResponseEntity.BodyBuilder response, Treatment treatment) {
        var body = TreatmentResponse.of(treatment);
        return response.eTag(ETags.of(body.revision())).body(body);
    }
}
