package io.stepwise.bench;

import java.util.List;

/** Median and p99 of a series of latencies, in milliseconds. */
record Stats(String name, int samples, double median, double p99, double min, double max) {

    static Stats of(String name, List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Stats(name, sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[0],
                sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    String row() {
        return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f |", name, samples, median, p99, min, max);
    }

    static String header() {
        return "| measurement | n | median ms | p99 ms | min ms | max ms |\n|---|---|---|---|---|---|";
    }
}
