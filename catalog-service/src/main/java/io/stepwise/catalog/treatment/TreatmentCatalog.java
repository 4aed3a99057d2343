package io.stepwise.catalog.treatment;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.stepwise.kit.outbox.Outbox;

/** The catalog's use cases: drafting, revising, publishing and retiring treatments, each with its event. */
@Service
public class TreatmentCatalog {

    private final Treatments treatments;
    private final TreatmentEvents events;

    TreatmentCatalog(Treatments treatments, Outbox outbox) {
        this.treatments = treatments;
        this.events = new TreatmentEvents(outbox);
    }

    public Treatment draft(String id, TreatmentDetails details) {
        try {
            return treatments.insert(Treatment.draft(id, details));
        } catch (DuplicateKeyException e) {
            throw new DuplicateTreatmentException(id);
        }
    }

    public Treatment revise(String id, long expectedRevision, TreatmentDetails details) {
        Treatment treatment = current(id, Optional.of(expectedRevision));
        treatment.revise(details);
        if (treatment.isPublished()) {
            events.revised(treatment);
        }
        return treatments.save(treatment);
    }

    public Treatment publish(String id, Optional<Long> expectedRevision) {
        Treatment treatment = current(id, expectedRevision);
        treatment.publish();
        events.published(treatment);
        return treatments.save(treatment);
    }

    public Treatment retire(String id, Optional<Long> expectedRevision) {
        Treatment treatment = current(id, expectedRevision);
        treatment.retire();
        events.retired(treatment);
        return treatments.save(treatment);
    }

    public Treatment get(String id) {
        return treatments.findById(id).orElseThrow(() -> new UnknownTreatmentException(List.of(id)));
    }

    public List<Treatment> getAll(List<String> ids) {
        var found = treatments.findAllById(ids);
        var missing = ids.stream().filter(id -> found.stream().noneMatch(t -> t.id().equals(id))).distinct().toList();
        if (!missing.isEmpty()) {
            throw new UnknownTreatmentException(missing);
        }
        return ids.stream().distinct().map(id -> found.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    private Treatment current(String id, Optional<Long> expectedRevision) {
        Treatment treatment = get(id);
        expectedRevision.filter(expected -> !expected.equals(treatment.revision())).ifPresent(expected -> {
            throw new StaleRevisionException(id, expected, treatment.revision());
        });
        return treatment;
    }
}
