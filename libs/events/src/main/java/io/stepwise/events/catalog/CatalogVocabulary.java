package io.stepwise.events.catalog;

import java.util.List;

/**
 * The values the catalog's payloads may carry in their enumerated fields, as the contract states them (also in
 * docs/asyncapi.yaml). The catalog's enums and every replica's enums are tested against these lists, so a value added
 * on one side only fails a build instead of dead-lettering events in production.
 */
public final class CatalogVocabulary {

    public static final List<String> STATUSES = List.of("DRAFT", "PUBLISHED", "RETIRED");
    public static final List<String> CATEGORIES = List.of("PHYSICAL_THERAPY", "MEDICATION", "COPING_SKILLS", "PROCEDURE",
            "COMPLEMENTARY");
    public static final List<String> MODES = List.of("ACTIVE", "PASSIVE");
    public static final List<String> INVASIVENESS = List.of("NONE", "MINIMAL", "SURGICAL");
    public static final List<String> SPECIALIST_TYPES = List.of("PHYSICIAN", "PAIN_SPECIALIST", "PHYSICAL_THERAPIST",
            "PSYCHOLOGIST", "PSYCHIATRIST", "SURGEON", "ACUPUNCTURIST", "DIETITIAN");
    public static final List<String> SEVERITIES = List.of("CONTRAINDICATED", "MAJOR", "MODERATE");

    private CatalogVocabulary() {
    }

    /** The constant names of an enum, in declaration order. */
    public static List<String> namesOf(Class<? extends Enum<?>> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
