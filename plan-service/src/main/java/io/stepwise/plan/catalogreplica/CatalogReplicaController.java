package io.stepwise.plan.catalogreplica;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.NotPatientData;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.problem.ProblemType;

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
        return treatments.findById(id).map(TreatmentView::of).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "plan-service has no treatment " + id + " from the catalog"));
    }

    @GetMapping("/api/plans/catalog/interaction-rules")
    @NotPatientData("the catalog replica: interaction rules, no patient")
    RuleSetView ruleSet() {
        return ruleSets.findById(CatalogReplica.CLINIC_RULE_SET).map(RuleSetView::of)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                        "plan-service has not received the catalog's interaction rules yet"));
    }
}
