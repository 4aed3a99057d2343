package io.stepwise.plan.catalogreplica;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;

/** What other features of plan-service may ask of the catalog replica. */
@Service
public class CatalogReplica {

    static final String CLINIC_RULE_SET = "clinic";

    private final ReplicatedTreatments treatments;
    private final ReplicatedRuleSets ruleSets;

    CatalogReplica(ReplicatedTreatments treatments, ReplicatedRuleSets ruleSets) {
        this.treatments = treatments;
        this.ruleSets = ruleSets;
    }

    /** The treatment as the catalog last published it (in any status), if the replica has it. */
    public Optional<ReplicatedTreatment> treatment(String id) {
        return treatments.findById(id);
    }

    /** The clinic's interaction rules; none before the catalog's rule set has arrived. */
    public List<InteractionRule> interactionRules() {
        return ruleSets.findById(CLINIC_RULE_SET).map(ReplicatedRuleSet::rules).orElse(List.of());
    }
}
