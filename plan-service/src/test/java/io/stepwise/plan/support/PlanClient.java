package io.stepwise.plan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.TestIdentityProvider;

/**
 * Drives plan-service's API as the care team does, keeping each plan's latest ETag so that every change sends the
 * If-Match a careful client would.
 */
public final class PlanClient {

    public static final TestIdentityProvider IDP = TestIdentityProvider.shared();

    private final Api api;
    private String etag;

    public PlanClient(int port) {
        this.api = Api.atPort(port);
    }

    public Api api() {
        return api;
    }

    /** Registers a patient as a coordinator; returns its id. */
    public String patient(String familyName) {
        String mrn = "MRN-" + UUID.randomUUID().toString().substring(0, 8);
        var response = api.post("/api/patients", """
                {"mrn":"%s","givenName":"Ada","familyName":"%s","birthDate":"1970-03-04"}""".formatted(mrn, familyName))
                .bearer(IDP.coordinator()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Drafts a plan for a new patient as a coordinator, treating physician "clinician"; returns the plan id. */
    public String draftPlan() {
        var response = api.post("/api/plans", """
                {"patientId":"%s","title":"Chronic low back pain","treatingPhysician":"clinician"}"""
                .formatted(patient("Lovelace"))).bearer(IDP.coordinator()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        etag = response.header("ETag");
        return response.json().get("id").asString();
    }

    /** A change sent with the latest ETag; a 2xx answer's ETag becomes the latest. */
    public ApiResponse change(String token, String path, String json) {
        var response = api.post(path, json).bearer(token).header("If-Match", etag).send();
        if (response.status() / 100 == 2) {
            etag = response.header("ETag");
        }
        return response;
    }

    public ApiResponse changeAsClinician(String path, String json) {
        return change(IDP.clinician(), path, json);
    }

    public ApiResponse changeAsCoordinator(String path, String json) {
        return change(IDP.coordinator(), path, json);
    }

    /** Adds an activity as a clinician; returns the activity id. */
    public String addActivity(String planId, String treatmentId, String details) {
        var response = changeAsClinician("/api/plans/" + planId + "/activities",
                "{\"treatmentId\":\"" + treatmentId + "\",\"details\":" + details + "}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    public void addPegGoal(String planId) {
        var response = changeAsCoordinator("/api/plans/" + planId + "/goals",
                "{\"aim\":\"REDUCE_PAIN\",\"measure\":\"PEG\",\"target\":{\"atMost\":4},\"dueDate\":\"2099-01-01\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    public ApiResponse plan(String planId) {
        var response = api.get("/api/plans/" + planId).bearer(IDP.clinician()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        etag = response.header("ETag");
        return response;
    }

    public String etag() {
        return etag;
    }
}
