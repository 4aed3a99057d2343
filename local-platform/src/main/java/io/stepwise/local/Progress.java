package io.stepwise.local;

import java.io.PrintStream;
import java.time.Duration;

/** One line per event, each with the time since the platform began starting. */
final class Progress {

    private final PrintStream out;
    private final long began = System.nanoTime();

    Progress(PrintStream out) {
        this.out = out;
    }

    long starting(String component) {
        line(String.format("%-17s starting", component));
        return System.nanoTime();
    }

    void ready(String component, long startedNanos, long pid) {
        line(String.format("%-17s ready in %5.1f s (pid %d)", component, seconds(System.nanoTime() - startedNanos), pid));
    }

    void stopped(String component, long startedNanos) {
        line(String.format("%-17s stopped in %4.1f s", component, seconds(System.nanoTime() - startedNanos)));
    }

    void notice(String text) {
        line("note: " + text);
    }

    void done() {
        line(String.format("platform ready in %.1f s", seconds(System.nanoTime() - began)));
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private synchronized void line(String text) {
        out.printf("[%6.1fs] %s%n", seconds(System.nanoTime() - began), text);
        out.flush();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
