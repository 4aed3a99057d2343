package io.stepwise.catalog;

/** Request bodies the catalog tests send. */
public final class CatalogRequests {

    private CatalogRequests() {
    }

    public static String treatment(String id, String name, String kind) {
        return """
                {"id":"%s","name":"%s","category":"MEDICATION","kind":"%s","description":"Illustrative test entry",
                 "mode":"PASSIVE","invasiveness":"NONE","deliveredBy":["PHYSICIAN"],"sideEffects":["stomach upset"],
                 "flags":{"requiresMonitoring":true,"controlledSubstance":false,"requiresRiskBenefitDiscussion":false,
                          "requiresPhysicianClearance":false,"homeExerciseProgram":false}}
                """.formatted(id, name, kind);
    }
}
