package io.stepwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the safety engine costs a care-plan change: the same change (recording an NRS outcome, which re-evaluates all
 * nine rules) on a small plan of 5 activities and on a large one of 60, through the gateway, in the same run. A plan
 * read is the baseline: same path, audit and token check, no evaluation and no write.
 */
final class PlanChangeLatency {

    private static final String GATEWAY = "http://localhost:8080";
    private static final String[] THERAPIES = {"patient-education", "stretching-program", "strengthening-program",
            "manual-therapy", "ice-therapy", "heat-therapy", "tens", "therapeutic-ultrasound", "home-exercise-program",
            "acupuncture", "dry-needling", "nutritional-therapy", "coping-skills-anxiety"};

    private PlanChangeLatency() {
    }

    static List<Stats> measure(int changes) {
        String token = BenchClient.clinicianToken();
        var small = new BenchPlan(token, 5);
        var large = new BenchPlan(token, 60);
        var smallChanges = new ArrayList<Double>();
        var largeChanges = new ArrayList<Double>();
        var reads = new ArrayList<Double>();
        for (int change = 1; change <= changes; change++) {
            if (change % 50 == 0) {
                token = BenchClient.clinicianToken();
            }
            smallChanges.add(small.recordOutcome(token, change));
            largeChanges.add(large.recordOutcome(token, change));
            reads.add(small.read(token));
        }
        return List.of(Stats.of("plan read through the gateway (baseline)", reads),
                Stats.of("plan change, 5 activities (rules evaluated, saved)", smallChanges),
                Stats.of("plan change, 60 activities (rules evaluated, saved)", largeChanges));
    }

    /** A plan of a new patient with this many activities, and its latest ETag. */
    private static final class BenchPlan {

        private final String path;
        private String etag;

        BenchPlan(String token, int activities) {
            String mrn = "BENCH-" + UUID.randomUUID().toString().substring(0, 8);
            var patient = Http.expect(201, Http.send("POST", GATEWAY + "/api/patients", token, """
                    {"mrn":"%s","givenName":"Bench","familyName":"Patient","birthDate":"1970-01-01"}""".formatted(mrn),
                    Map.of()));
            var plan = Http.expect(201, Http.send("POST", GATEWAY + "/api/plans", token, """
                    {"patientId":"%s","title":"Bench plan","treatingPhysician":"%s"}"""
                    .formatted(Http.json(patient).get("id").asString(), BenchClient.CLINICIAN_ID), Map.of()));
            path = "/api/plans/" + Http.json(plan).get("id").asString();
            etag = plan.headers().firstValue("ETag").orElseThrow();
            for (int i = 0; i < activities; i++) {
                var added = Http.expect(201, Http.send("POST", GATEWAY + path + "/activities", token,
                        "{\"treatmentId\":\"" + THERAPIES[i % THERAPIES.length] + "\"}", Map.of("If-Match", etag)));
                etag = added.headers().firstValue("ETag").orElseThrow();
            }
        }

        double recordOutcome(String token, int change) {
            long started = System.nanoTime();
            var recorded = Http.expect(201, Http.send("POST", GATEWAY + path + "/outcomes", token,
                    "{\"measure\":\"NRS\",\"items\":[" + change % 11 + "],\"recordedAt\":\"" + java.time.Instant.now()
                            + "\"}", Map.of("If-Match", etag)));
            etag = recorded.headers().firstValue("ETag").orElseThrow();
            return (System.nanoTime() - started) / 1e6;
        }

        double read(String token) {
            long started = System.nanoTime();
            Http.expect(200, Http.send("GET", GATEWAY + path, token, null, Map.of()));
            return (System.nanoTime() - started) / 1e6;
        }
    }
}
