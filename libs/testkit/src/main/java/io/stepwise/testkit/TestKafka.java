package io.stepwise.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;

import io.stepwise.local.ChildProcess;
import io.stepwise.local.KafkaBroker;

/**
 * A real Kafka broker (KRaft, its own JVM) for the tests of one JVM, on free ports. It can be stopped and started
 * again on the same ports with its data, to test what a broker outage does.
 */
public final class TestKafka {

    private static TestKafka shared;

    private final KafkaBroker broker;
    private ChildProcess process;

    private TestKafka(KafkaBroker broker) {
        this.broker = broker;
    }

    public static synchronized TestKafka shared() {
        if (shared == null) {
            shared = new TestKafka(newBroker());
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "test-kafka-stop"));
        }
        return shared;
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = broker.start();
        Awaitility.await("Kafka ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Test Kafka stopped while starting; see " + process.log());
                    }
                    return broker.isReady();
                });
    }

    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    private static KafkaBroker newBroker() {
        try {
            Path dir = Files.createTempDirectory("stepwise-test-kafka");
            return new KafkaBroker(dir, freePort(), freePort(), launcherClassPath(), dir.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The launcher module's class path (written by its build), found from the module the tests run in. */
    private static String launcherClassPath() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path classPath = dir.resolve("local-platform/target/classpath.txt");
            if (Files.isRegularFile(classPath)) {
                return dir.resolve("local-platform/target/classes") + java.io.File.pathSeparator
                        + Files.readString(classPath).strip();
            }
        }
        throw new IllegalStateException("local-platform/target/classpath.txt not found above " + Path.of("").toAbsolutePath()
                + "; build local-platform first");
    }
}
