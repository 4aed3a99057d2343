package io.stepwise.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.instance.model.api.IBaseResource;

import ca.uhn.fhir.context.FhirContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks on FHIR JSON as a partner receives it: HAPI's own parser reads it back, and no element anywhere is empty
 * (no {@code ""}, blank text, {@code []}, {@code {}} or {@code null}), which FHIR forbids (ele-1).
 */
final class FhirJsonChecks {

    /** One context for all plain tests of a JVM: building one is expensive. */
    static final FhirContext FHIR = FhirContext.forR4();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FhirJsonChecks() {
    }

    /** In: a resource built by a mapper. Out: its JSON as the view writes it. */
    static String encoded(IBaseResource resource) {
        return new FhirJson(FHIR).encode(resource);
    }

    /** Parses with HAPI's JSON parser, after asserting no element is empty. */
    static <T extends IBaseResource> T parsed(String json, Class<T> type) {
        assertNoEmptyElement(json);
        return FHIR.newJsonParser().parseResource(type, json);
    }

    /** Writes with the view's encoder, then checks and parses back: what a partner's HAPI client would see. */
    static <T extends IBaseResource> T roundTrip(T resource, Class<T> type) {
        return parsed(encoded(resource), type);
    }

    static void assertNoEmptyElement(String json) {
        assertThat(emptyElements(JSON.readTree(json), "$")).as("empty elements in %s", json).isEmpty();
    }

    /** The JSON paths of every empty element under the node. */
    static List<String> emptyElements(JsonNode node, String path) {
        var empty = new ArrayList<String>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            empty.add(path);
        } else if (node.isString()) {
            if (node.asString().isBlank()) {
                empty.add(path);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                empty.add(path);
            }
            for (int i = 0; i < node.size(); i++) {
                empty.addAll(emptyElements(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            if (node.isEmpty()) {
                empty.add(path);
            }
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                empty.addAll(emptyElements(property.getValue(), path + "." + property.getKey()));
            }
        }
        return empty;
    }
}
