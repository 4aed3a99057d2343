package io.stepwise.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Catalog write → plan-service replica update: a clinic admin revises a published treatment through the gateway, and
 * the clock stops when plan-service's replica shows the new version (polled every 0.5 ms on plan-service's own port).
 */
final class ReplicaLatency {

    private static final String GATEWAY = "http://localhost:8080";
    private static final String PLAN_SERVICE = "http://127.0.0.1:8082";

    private ReplicaLatency() {
    }

    static List<Stats> measure(int changes) {
        String token = BenchClient.token();
        String id = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        var created = Http.expect(201, Http.send("POST", GATEWAY + "/api/catalog/treatments", token, body(id, 0),
                Map.of()));
        var published = Http.expect(200, Http.send("POST", GATEWAY + "/api/catalog/treatments/" + id + "/publish", token,
                null, Map.of("If-Match", created.headers().firstValue("ETag").orElseThrow())));
        String etag = published.headers().firstValue("ETag").orElseThrow();
        awaitReplicaVersion(token, id, 1);

        var endToEnd = new ArrayList<Double>();
        var writes = new ArrayList<Double>();
        for (int change = 1; change <= changes; change++) {
            if (change % 100 == 0) {
                token = BenchClient.token();
            }
            long started = System.nanoTime();
            var revised = Http.expect(200, Http.send("PUT", GATEWAY + "/api/catalog/treatments/" + id, token,
                    body(id, change), Map.of("If-Match", etag)));
            long written = System.nanoTime();
            etag = revised.headers().firstValue("ETag").orElseThrow();
            awaitReplicaVersion(token, id, change + 1);
            long replicated = System.nanoTime();
            writes.add((written - started) / 1e6);
            endToEnd.add((replicated - started) / 1e6);
        }
        return List.of(Stats.of("catalog write through the gateway (HTTP response)", writes),
                Stats.of("catalog write → plan-service replica updated", endToEnd));
    }

    private static void awaitReplicaVersion(String token, String id, int version) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            var response = Http.send("GET", PLAN_SERVICE + "/api/plans/catalog/treatments/" + id, token, null, Map.of());
            if (response.statusCode() == 200 && Http.json(response).get("version").asInt() >= version) {
                return;
            }
            LockSupport.parkNanos(500_000);
        }
        throw new IllegalStateException("plan-service's replica did not reach version " + version + " of " + id);
    }

    private static String body(String id, int change) {
        return """
                {"id":"%s","name":"Bench NSAID revision %d","category":"MEDICATION","kind":"nsaid",
                 "description":"Benchmark entry","mode":"PASSIVE","invasiveness":"NONE","deliveredBy":["PHYSICIAN"],
                 "sideEffects":[],"flags":{"requiresMonitoring":true,"controlledSubstance":false,
                 "requiresRiskBenefitDiscussion":false,"requiresPhysicianClearance":false,"homeExerciseProgram":false}}
                """.formatted(id, change);
    }
}
