package io.stepwise.plan.support;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;

import io.stepwise.interactions.InteractionRule;
import io.stepwise.interactions.RuleSubject;
import io.stepwise.interactions.Severity;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment.Flags;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;

/**
 * Puts a catalog replica like the seeded catalog straight into plan-service's database, as the replica listener would
 * have stored it (the listener itself is tested on the real topics in CatalogReplicaTest).
 */
public final class CatalogFixtures {

    private static final Flags NONE = new Flags(false, false, false, false, false);

    private CatalogFixtures() {
    }

    public static void seed(MongoTemplate mongo) {
        mongo.dropCollection(ReplicatedTreatment.class);
        List.of(
                treatment("patient-education", "Patient education", Category.PHYSICAL_THERAPY, "patient-education", NONE),
                treatment("stretching-program", "Stretching program", Category.PHYSICAL_THERAPY, "stretching", NONE),
                treatment("strengthening-program", "Strengthening program", Category.PHYSICAL_THERAPY, "strengthening",
                        NONE),
                treatment("tens", "TENS", Category.PHYSICAL_THERAPY, "modality", NONE),
                treatment("home-exercise-program", "Home exercise program", Category.PHYSICAL_THERAPY,
                        "home-exercise-program", new Flags(false, false, false, false, true)),
                treatment("nsaid", "NSAID", Category.MEDICATION, "nsaid", new Flags(true, false, false, false, false)),
                treatment("muscle-relaxant", "Muscle relaxant", Category.MEDICATION, "muscle-relaxant",
                        new Flags(true, false, false, false, false)),
                treatment("antidepressant-nerve-stabilizer", "Nerve stabilizer (antidepressant)", Category.MEDICATION,
                        "nerve-stabilizer-antidepressant", new Flags(true, false, false, false, false)),
                treatment("narcotic-pain-medication", "Narcotic pain medication", Category.MEDICATION, "narcotic",
                        new Flags(true, true, false, false, false)),
                treatment("coping-skills-anxiety", "Coping skills for anxiety", Category.COPING_SKILLS, "coping-skills",
                        NONE),
                treatment("epidural-steroid-injection", "Epidural steroid injection", Category.PROCEDURE, "injection",
                        new Flags(false, false, true, false, false)),
                treatment("acupuncture", "Acupuncture", Category.COMPLEMENTARY, "acupuncture",
                        new Flags(false, false, false, true, false)),
                retired("magnet-therapy", "Magnet therapy", Category.COMPLEMENTARY, "magnets"))
                .forEach(mongo::save);
        mongo.save(new ReplicatedRuleSet("clinic", 1, 1, List.of(
                rule("narcotic-x-muscle-relaxant", "narcotic-pain-medication", "muscle-relaxant", Severity.MAJOR),
                new InteractionRule("nsaid-x-nsaid", RuleSubject.kind("nsaid"), RuleSubject.kind("nsaid"), Severity.MAJOR,
                        "Two NSAIDs duplicate the same therapy"),
                rule("muscle-relaxant-x-antidepressant", "muscle-relaxant", "antidepressant-nerve-stabilizer",
                        Severity.MODERATE))));
    }

    private static ReplicatedTreatment treatment(String id, String name, Category category, String kind, Flags flags) {
        return new ReplicatedTreatment(id, 1, 1, TreatmentStatus.PUBLISHED, name, category, kind, name, Mode.ACTIVE,
                Invasiveness.NONE, List.of(), List.of(), flags);
    }

    private static ReplicatedTreatment retired(String id, String name, Category category, String kind) {
        return new ReplicatedTreatment(id, 2, 1, TreatmentStatus.RETIRED, name, category, kind, name, Mode.PASSIVE,
                Invasiveness.NONE, List.of(), List.of(), new Flags(false, false, false, true, false));
    }

    private static InteractionRule rule(String id, String a, String b, Severity severity) {
        return new InteractionRule(id, RuleSubject.treatment(a), RuleSubject.treatment(b), severity,
                "Illustrative reason for " + id);
    }
}
