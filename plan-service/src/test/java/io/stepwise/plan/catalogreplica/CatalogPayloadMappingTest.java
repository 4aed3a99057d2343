package io.stepwise.plan.catalogreplica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import io.stepwise.events.EventTypes;
import io.stepwise.events.catalog.InteractionRuleSetPayload;
import io.stepwise.events.catalog.InteractionRuleSetPayload.Rule;
import io.stepwise.events.catalog.InteractionRuleSetPayload.Subject;
import io.stepwise.events.catalog.TreatmentPayload;
import io.stepwise.events.cloudevents.ReceivedEvent;
import io.stepwise.interactions.Severity;
import io.stepwise.kit.consumer.PoisonPayloadException;
import io.stepwise.plan.catalogreplica.domain.Category;
import io.stepwise.plan.catalogreplica.domain.Invasiveness;
import io.stepwise.plan.catalogreplica.domain.Mode;
import io.stepwise.plan.catalogreplica.domain.ReplicatedRuleSet;
import io.stepwise.plan.catalogreplica.domain.ReplicatedTreatment;
import io.stepwise.plan.catalogreplica.domain.SpecialistType;
import io.stepwise.plan.catalogreplica.domain.TreatmentStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The replica's payload mapping, round trip: a catalog payload becomes a typed replica value, which survives its
 * stored document and comes out as a view with the payload's JSON (every field, same names); a payload the replica
 * cannot type is a poison record.
 */
class CatalogPayloadMappingTest {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final MappingMongoConverter documents = converter();

    static Stream<TreatmentPayload> treatments() {
        return Stream.of(
                treatment("naproxen", "PUBLISHED", "MEDICATION", "PASSIVE", "NONE", List.of("PHYSICIAN")),
                treatment("strengthening", "PUBLISHED", "PHYSICAL_THERAPY", "ACTIVE", "NONE",
                        List.of("PHYSICAL_THERAPIST", "PAIN_SPECIALIST")),
                treatment("coping-skills", "RETIRED", "COPING_SKILLS", "ACTIVE", "NONE",
                        List.of("PSYCHOLOGIST", "PSYCHIATRIST")),
                treatment("spinal-cord-stimulator", "PUBLISHED", "PROCEDURE", "PASSIVE", "SURGICAL", List.of("SURGEON")),
                treatment("epidural-injection", "DRAFT", "PROCEDURE", "PASSIVE", "MINIMAL", List.of()),
                treatment("acupuncture", "PUBLISHED", "COMPLEMENTARY", "PASSIVE", "MINIMAL",
                        List.of("ACUPUNCTURIST", "DIETITIAN")));
    }

    @ParameterizedTest
    @MethodSource("treatments")
    void everyTreatmentFieldSurvivesTheReplicaAndItsDocument(TreatmentPayload payload) {
        ReplicatedTreatment replica = CatalogPayloadMapping.treatment(event(payload), payload);

        assertThat(replica.sequence()).isEqualTo(payload.sequence());
        assertThat(throughDocument(replica, ReplicatedTreatment.class)).isEqualTo(replica);
        assertThat(tree(TreatmentView.of(replica))).isEqualTo(withoutEnvelope(payload, "treatmentId"));
    }

    @Test
    void everyConstantOfTheReplicaEnumsIsCovered() {
        var replicas = treatments().map(payload -> CatalogPayloadMapping.treatment(event(payload), payload)).toList();

        assertThat(replicas).extracting(ReplicatedTreatment::status).contains(TreatmentStatus.values());
        assertThat(replicas).extracting(ReplicatedTreatment::category).contains(Category.values());
        assertThat(replicas).extracting(ReplicatedTreatment::mode).contains(Mode.values());
        assertThat(replicas).extracting(ReplicatedTreatment::invasiveness).contains(Invasiveness.values());
        assertThat(replicas).flatExtracting(ReplicatedTreatment::deliveredBy).contains(SpecialistType.values());
    }

    @Test
    void everyRuleFieldSurvivesTheReplicaAndItsDocument() {
        var payload = new InteractionRuleSetPayload("clinic", 12, 5, List.of(
                new Rule("r1", new Subject(null, "nsaid"), new Subject(null, "nsaid"), "MAJOR", "two NSAIDs"),
                new Rule("r2", new Subject("tramadol", null), new Subject(null, "nerve-stabilizer-antidepressant"),
                        "CONTRAINDICATED", "serotonin syndrome"),
                new Rule("r3", new Subject("naproxen", null), new Subject("ibuprofen", null), "MODERATE", "same effect")));

        ReplicatedRuleSet replica = CatalogPayloadMapping.ruleSet(event(payload), payload);

        assertThat(replica.sequence()).isEqualTo(12);
        assertThat(replica.rules()).extracting(rule -> rule.severity())
                .containsExactly(Severity.MAJOR, Severity.CONTRAINDICATED, Severity.MODERATE);
        assertThat(throughDocument(replica, ReplicatedRuleSet.class)).isEqualTo(replica);
        assertThat(tree(RuleSetView.of(replica))).isEqualTo(withoutEnvelope(payload, "ruleSetId"));
    }

    @ParameterizedTest(name = "{0} = {1} is a poison record")
    @CsvSource(delimiter = '|', textBlock = """
            /status         | "ACTIVE"
            /status         | null
            /category       | "HERBAL"
            /mode           | "HYBRID"
            /invasiveness   | "EXTREME"
            /deliveredBy/0  | "WIZARD"
            /name           | null
            /kind           | null
            /flags          | null
            """)
    void aTreatmentFieldTheReplicaCannotTypeIsPoison(String field, String badValue) {
        TreatmentPayload payload = with(treatment("naproxen", "PUBLISHED", "MEDICATION", "PASSIVE", "NONE",
                List.of("PHYSICIAN")), field, badValue, TreatmentPayload.class);

        assertThatExceptionOfType(PoisonPayloadException.class)
                .isThrownBy(() -> CatalogPayloadMapping.treatment(event(payload), payload))
                .withMessageContaining(EventTypes.TREATMENT_PUBLISHED);
    }

    @ParameterizedTest(name = "{0} = {1} is a poison record")
    @CsvSource(delimiter = '|', textBlock = """
            /rules/0/severity  | "MINOR"
            /rules/0/severity  | null
            /rules/0/a         | {}
            /rules/0/b         | {"treatmentId":"naproxen","kind":"nsaid"}
            /rules/0/a         | null
            /rules/0/ruleId    | null
            """)
    void aRuleTheReplicaCannotTypeIsPoison(String field, String badValue) {
        var valid = new InteractionRuleSetPayload("clinic", 3, 3,
                List.of(new Rule("r1", new Subject(null, "nsaid"), new Subject(null, "nsaid"), "MAJOR", "two NSAIDs")));
        InteractionRuleSetPayload payload = with(valid, field, badValue, InteractionRuleSetPayload.class);

        assertThatExceptionOfType(PoisonPayloadException.class)
                .isThrownBy(() -> CatalogPayloadMapping.ruleSet(event(payload), payload))
                .withMessageContaining(EventTypes.INTERACTION_RULES_CHANGED);
    }

    @Test
    void thePoisonMessageNamesTheUnknownValue() {
        var payload = treatment("naproxen", "PUBLISHED", "HERBAL", "PASSIVE", "NONE", List.of());

        assertThatExceptionOfType(PoisonPayloadException.class)
                .isThrownBy(() -> CatalogPayloadMapping.treatment(event(payload), payload))
                .withMessageContaining("unknown category HERBAL");
    }

    private static TreatmentPayload treatment(String id, String status, String category, String mode,
            String invasiveness, List<String> deliveredBy) {
        return new TreatmentPayload(id, 7, 3, status, "Name of " + id, category, id + "-kind", "About " + id, mode,
                invasiveness, deliveredBy, List.of("side effect of " + id),
                new TreatmentPayload.Flags(true, false, true, false, true));
    }

    private static ReceivedEvent event(TreatmentPayload payload) {
        return new ReceivedEvent("event-1", EventTypes.TREATMENT_PUBLISHED, payload.treatmentId(),
                payload.treatmentId(), Instant.EPOCH, json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
    }

    private static ReceivedEvent event(InteractionRuleSetPayload payload) {
        return new ReceivedEvent("event-2", EventTypes.INTERACTION_RULES_CHANGED, payload.ruleSetId(),
                payload.ruleSetId(), Instant.EPOCH, json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
    }

    /** The payload's JSON as the view shows it: its id field named {@code id}, without the sequence. */
    private static JsonNode withoutEnvelope(Object payload, String idField) {
        ObjectNode expected = (ObjectNode) tree(payload);
        expected.remove("sequence");
        JsonNode id = expected.remove(idField);
        if (!"ruleSetId".equals(idField)) {
            expected.set("id", id);
        }
        return expected;
    }

    private static JsonNode tree(Object value) {
        return json.readTree(json.writeValueAsString(value));
    }

    /** The payload with one field (a JSON pointer) replaced by a JSON value. */
    private static <T> T with(T payload, String pointer, String jsonValue, Class<T> type) {
        ObjectNode tree = (ObjectNode) tree(payload);
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        JsonNode value = json.readTree(jsonValue);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return json.treeToValue(tree, type);
    }

    private static <T> T throughDocument(T replica, Class<T> type) {
        var document = new Document();
        documents.write(replica, document);
        return documents.read(type, document);
    }

    private static MappingMongoConverter converter() {
        var converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, new MongoMappingContext());
        converter.afterPropertiesSet();
        return converter;
    }
}
