package io.stepwise.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import io.stepwise.catalog.interaction.InteractionRuleBook;
import io.stepwise.catalog.interaction.RuleSubject;
import io.stepwise.catalog.interaction.Severity;
import io.stepwise.catalog.treatment.Category;
import io.stepwise.catalog.treatment.DuplicateTreatmentException;
import io.stepwise.catalog.treatment.Invasiveness;
import io.stepwise.catalog.treatment.Mode;
import io.stepwise.catalog.treatment.SafetyFlags;
import io.stepwise.catalog.treatment.SpecialistType;
import io.stepwise.catalog.treatment.TreatmentCatalog;
import io.stepwise.catalog.treatment.TreatmentDetails;
import io.stepwise.catalog.treatment.Treatments;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a catalog's first start, publishes the illustrative options of the clinical source text and their interaction
 * rules, so a new clinic starts from something to edit rather than an empty list.
 */
@Component
class CatalogSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);
    static final String RESOURCE = "seed/catalog-seed.json";

    private final Treatments treatments;
    private final TreatmentCatalog catalog;
    private final InteractionRuleBook rules;
    private final JsonMapper json;

    CatalogSeed(Treatments treatments, TreatmentCatalog catalog, InteractionRuleBook rules, JsonMapper json) {
        this.treatments = treatments;
        this.catalog = catalog;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (treatments.count() > 0) {
            return;
        }
        SeedFile seed = read();
        for (SeedTreatment treatment : seed.treatments()) {
            try {
                catalog.draft(treatment.id(), treatment.details());
                catalog.publish(treatment.id(), java.util.Optional.empty());
            } catch (DuplicateTreatmentException anotherInstanceSeeds) {
                log.info("Catalog seed already applied by another instance");
                return;
            }
        }
        for (SeedRule rule : seed.interactionRules()) {
            rules.add(rule.a(), rule.b(), rule.severity(), rule.reason());
        }
        log.info("Seeded {} treatments and {} interaction rules ({})", seed.treatments().size(),
                seed.interactionRules().size(), seed.notice());
    }

    private SeedFile read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SeedFile(String notice, List<SeedTreatment> treatments, List<SeedRule> interactionRules) {
    }

    record SeedTreatment(String id, String name, Category category, String kind, String description, Mode mode,
            Invasiveness invasiveness, List<SpecialistType> deliveredBy, List<String> sideEffects, SafetyFlags flags) {

        TreatmentDetails details() {
            return new TreatmentDetails(name, category, kind, description, mode, invasiveness, deliveredBy, sideEffects,
                    flags);
        }
    }

    record SeedRule(RuleSubject a, RuleSubject b, Severity severity, String reason) {
    }
}
