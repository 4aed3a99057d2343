package io.stepwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

import io.stepwise.local.Platform;
import io.stepwise.local.PlatformLayout;

/**
 * Starts the platform on fresh data (the launcher of ./run-local.sh), measures, and writes bench/target/report.md.
 * Each measurement stands beside its baseline, taken in the same run on the same broker.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        int changes = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path root = Path.of("").toAbsolutePath();
        Path home = root.resolve("bench/target/platform");
        deleteRecursively(home);
        try (Platform platform = new Platform(new PlatformLayout(root, home), System.out).start()) {
            BenchClient.create();
            KafkaRoundTrip.measure(20);
            ReplicaLatency.measure(20);
            var results = new ArrayList<Stats>(ReplicaLatency.measure(changes));
            results.add(KafkaRoundTrip.measure(changes));
            PlanChangeLatency.measure(10);
            var plans = PlanChangeLatency.measure(Math.min(changes, 300));
            results.addAll(plans);
            String report = report(results, changes);
            Files.writeString(root.resolve("bench/target/report.md"), report);
            System.out.println(report);
        }
    }

    private static String report(java.util.List<Stats> results, int changes) {
        var lines = new StringBuilder("# Stepwise bench — " + Instant.now() + "\n\n");
        lines.append("Platform from ./run-local.sh's launcher on fresh data; ").append(changes)
                .append(" sequential changes after a warm-up of 20; machine: ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, shared and noisy.\n\n");
        lines.append(Stats.header()).append('\n');
        results.forEach(stats -> lines.append(stats.row()).append('\n'));
        Stats endToEnd = results.get(1);
        Stats baseline = results.get(2);
        lines.append(String.format("%nRatio (replica update / raw round trip): median %.1f×, p99 %.1f×%n",
                endToEnd.median() / baseline.median(), endToEnd.p99() / baseline.p99()));
        Stats read = results.get(3);
        Stats small = results.get(4);
        Stats large = results.get(5);
        lines.append(String.format("Ratio (plan change / plan read): 5 activities median %.1f×, 60 activities median "
                + "%.1f×; 60 / 5 activities median %.1f×%n", small.median() / read.median(),
                large.median() / read.median(), large.median() / small.median()));
        return lines.toString();
    }

    private static void deleteRecursively(Path path) throws java.io.IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
            }
        }
    }
}
