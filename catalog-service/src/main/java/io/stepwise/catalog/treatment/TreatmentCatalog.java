package io.stepwise.catalog.treatment;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.catalog.treatment.domain.TreatmentDetails;
import io.stepwise.kit.ids.Slugs;
import io.stepwise.kit.web.IfMatch;

/**
 * The catalog's use cases: drafting, revising, publishing and retiring treatments. Each loads the treatment, checks
 * the caller's precondition, calls the aggregate (which records its events) and saves.
 */
@Service
public class TreatmentCatalog {

    private static final int SLUG_CANDIDATES = 50;

    private final Treatments treatments;

    TreatmentCatalog(Treatments treatments) {
        this.treatments = treatments;
    }

    /**
     * Drafts a treatment under the given id, or, when {@code id} is null, under a readable slug of its name made unique
     * with a number ({@code naproxen}, {@code naproxen-2} …).
     *
     * @throws DuplicateTreatmentException if the given id is taken
     */
    public Treatment draft(String id, TreatmentDetails details) {
        if (id != null) {
            return insert(id, details);
        }
        String slug = Slugs.from(details.name(), "treatment");
        for (int n = 1; n <= SLUG_CANDIDATES; n++) {
            String candidate = Slugs.candidate(slug, n);
            if (!treatments.existsById(candidate)) {
                try {
                    return insert(candidate, details);
                } catch (DuplicateTreatmentException takenMeanwhile) {
                    // another clinic admin took this one a moment ago: try the next number
                }
            }
        }
        throw new DuplicateTreatmentException(slug + " (and " + SLUG_CANDIDATES + " numbered variants)");
    }

    private Treatment insert(String id, TreatmentDetails details) {
        try {
            return treatments.insert(Treatment.draft(id, details));
        } catch (DuplicateKeyException e) {
            throw new DuplicateTreatmentException(id);
        }
    }

    public Treatment revise(String id, IfMatch ifMatch, TreatmentDetails details) {
        Treatment treatment = current(id, ifMatch);
        treatment.revise(details);
        return treatments.save(treatment);
    }

    public Treatment publish(String id, IfMatch ifMatch) {
        Treatment treatment = current(id, ifMatch);
        treatment.publish();
        return treatments.save(treatment);
    }

    public Treatment retire(String id, IfMatch ifMatch) {
        Treatment treatment = current(id, ifMatch);
        treatment.retire();
        return treatments.save(treatment);
    }

    public Treatment get(String id) {
        return treatments.findById(id).orElseThrow(() -> new UnknownTreatmentException(List.of(id)));
    }

    /** The treatments with these ids, each once, in the order asked. @throws UnknownTreatmentException naming the missing */
    public List<Treatment> getAll(List<String> ids) {
        var found = treatments.findAllById(ids);
        var missing = ids.stream().filter(id -> found.stream().noneMatch(t -> t.id().equals(id))).distinct().toList();
        if (!missing.isEmpty()) {
            throw new UnknownTreatmentException(missing);
        }
        return ids.stream().distinct().map(id -> found.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** Whether any treatment, in any status, has this kind (rules may name kinds). */
    public boolean hasKind(String kind) {
        return treatments.existsByDetailsKind(kind);
    }

    public boolean exists(String id) {
        return treatments.existsById(id);
    }

    private Treatment current(String id, IfMatch ifMatch) {
        Treatment treatment = get(id);
        ifMatch.check("Treatment " + id, treatment.revision());
        return treatment;
    }
}
