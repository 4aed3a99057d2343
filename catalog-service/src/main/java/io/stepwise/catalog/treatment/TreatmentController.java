package io.stepwise.catalog.treatment;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/catalog/treatments")
class TreatmentController {

    private final Treatments treatments;

    TreatmentController(Treatments treatments) {
        this.treatments = treatments;
    }

    @GetMapping
    PagedModel<TreatmentSummary> list(@PageableDefault(size = 20, sort = "name") Pageable page) {
        return new PagedModel<>(treatments.findAll(page).map(TreatmentSummary::of));
    }

    record TreatmentSummary(String id, String name, String category, String kind, TreatmentStatus status) {

        static TreatmentSummary of(Treatment treatment) {
            return new TreatmentSummary(treatment.id(), treatment.name(), treatment.category(), treatment.kind(),
                    treatment.status());
        }
    }
}
