package io.stepwise.plan.catalogreplica;

import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.stepwise.kit.audit.NotPatientData;

/** What plan-service knows of the catalog: the treatments and rules care plans are checked against. */
@RestController
class CatalogReplicaController {

    private final ReplicatedTreatments treatments;
    private final ReplicatedRuleSets ruleSets;

    CatalogReplicaController(ReplicatedTreatments treatments, ReplicatedRuleSets ruleSets) {
        this.treatments = treatments;
        this.ruleSets = ruleSets;
    }

    @GetMapping("/api/plans/catalog/treatments/{id}")
    @NotPatientData("the catalog replica: treatments, no patient")
    TreatmentView treatment(@PathVariable String id) {
        return treatments.findById(id).map(TreatmentView::of).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "plan-service has no treatment " + id + " from the catalog"));
    }

    @GetMapping("/api/plans/catalog/interaction-rules")
    @NotPatientData("the catalog replica: interaction rules, no patient")
    RuleSetView ruleSet() {
        return ruleSets.findById("clinic").map(set -> new RuleSetView(set.version(), set.rules()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "plan-service has not received the catalog's interaction rules yet"));
    }

    record TreatmentView(String id, int version, String status, String name, String category, String kind,
            String description, String mode, String invasiveness, java.util.List<String> deliveredBy,
            java.util.List<String> sideEffects, ReplicatedTreatment.Flags flags) {

        static TreatmentView of(ReplicatedTreatment t) {
            return new TreatmentView(t.id(), t.version(), t.status(), t.name(), t.category(), t.kind(), t.description(),
                    t.mode(), t.invasiveness(), t.deliveredBy(), t.sideEffects(), t.flags());
        }
    }

    record RuleSetView(long version, java.util.List<ReplicatedRuleSet.Rule> rules) {
    }
}
