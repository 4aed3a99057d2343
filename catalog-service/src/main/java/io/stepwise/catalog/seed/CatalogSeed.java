package io.stepwise.catalog.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.stepwise.catalog.interaction.InteractionRuleBook;
import io.stepwise.catalog.treatment.DuplicateTreatmentException;
import io.stepwise.catalog.treatment.TreatmentCatalog;
import io.stepwise.catalog.treatment.domain.Category;
import io.stepwise.catalog.treatment.domain.IllegalTransitionException;
import io.stepwise.catalog.treatment.domain.Invasiveness;
import io.stepwise.catalog.treatment.domain.Mode;
import io.stepwise.catalog.treatment.domain.SafetyFlags;
import io.stepwise.catalog.treatment.domain.SpecialistType;
import io.stepwise.catalog.treatment.domain.Treatment;
import io.stepwise.catalog.treatment.domain.TreatmentDetails;
import io.stepwise.catalog.treatment.domain.TreatmentStatus;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.kit.web.IfMatch;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a catalog's first start, publishes the illustrative options of the clinical source text and their interaction
 * rules, so a new clinic starts from something to edit rather than an empty list.
 */
@Component
class CatalogSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogSeed.class);
    static final String RESOURCE = "seed/catalog-seed.json";
    static final String SEED_RUNS = "catalog_seed_runs";
    static final String MARKER = "catalog-seed-v1";

    private final TreatmentCatalog catalog;
    private final InteractionRuleBook rules;
    private final MongoTemplate mongo;
    private final JsonMapper json;

    CatalogSeed(TreatmentCatalog catalog, InteractionRuleBook rules, MongoTemplate mongo, JsonMapper json) {
        this.catalog = catalog;
        this.rules = rules;
        this.mongo = mongo;
        this.json = json;
    }

    /**
     * Each step is safe to repeat, and the marker is written last: a start that stopped half-way finishes the seed on
     * the next start, and a clinic's later edits are never overwritten.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), SEED_RUNS)) {
            return;
        }
        SeedFile seed = read();
        for (SeedTreatment treatment : seed.treatments()) {
            var existing = catalog.exists(treatment.id()) ? java.util.Optional.of(catalog.get(treatment.id()))
                    : java.util.Optional.<Treatment>empty();
            if (existing.isEmpty()) {
                draftQuietly(treatment);
            }
            if (existing.map(Treatment::status).orElse(TreatmentStatus.DRAFT) == TreatmentStatus.DRAFT) {
                publishQuietly(treatment);
            }
        }
        if (rules.current().rules().isEmpty()) {
            for (SeedRule rule : seed.interactionRules()) {
                rules.add(rule.a(), rule.b(), rule.severity(), rule.reason(), IfMatch.ANY);
            }
        }
        mongo.save(new Document("_id", MARKER).append("completedAt", Instant.now()), SEED_RUNS);
        log.info("Seeded {} treatments and {} interaction rules ({})", seed.treatments().size(),
                seed.interactionRules().size(), seed.notice());
    }

    private void publishQuietly(SeedTreatment treatment) {
        try {
            catalog.publish(treatment.id(), IfMatch.ANY);
        } catch (IllegalTransitionException | OptimisticLockingFailureException anotherInstanceIsSeeding) {
            log.info("Treatment {} was just published by another instance", treatment.id());
        }
    }

    private void draftQuietly(SeedTreatment treatment) {
        try {
            catalog.draft(treatment.id(), treatment.details());
        } catch (DuplicateTreatmentException anotherInstanceIsSeeding) {
            log.info("Treatment {} was just seeded by another instance", treatment.id());
        }
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
