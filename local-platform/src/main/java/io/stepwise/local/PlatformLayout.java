package io.stepwise.local;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where everything lives. {@code root} is the checkout; {@code home} holds this platform's data and logs
 * ({@code .stepwise/} for the local platform, a directory under {@code target/} for system tests). The unpacked
 * Keycloak is shared by both and stays in the checkout's {@code .stepwise/}, so {@code mvn clean} does not cost its
 * re-augmentation.
 */
public record PlatformLayout(Path root, Path home) {

    public static final String KEYCLOAK_VERSION = "26.5.7";

    public static PlatformLayout local(Path root) {
        return new PlatformLayout(root, root.resolve(".stepwise"));
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path kafkaDir() {
        return home.resolve("kafka");
    }

    public Path mongoFile() {
        return home.resolve("mongo").resolve("stepwise.mv");
    }

    public Path keycloakData() {
        return home.resolve("keycloak");
    }

    public Path keycloakDistribution() {
        return root.resolve(".stepwise").resolve("keycloak-" + KEYCLOAK_VERSION);
    }

    public Path keycloakZip() {
        return root.resolve("local-platform/target/keycloak/keycloak-quarkus-dist.zip");
    }

    /** The launcher's own class path, on which Kafka and the Mongo-wire server run as child JVMs. */
    public String launcherClassPath() {
        Path classes = root.resolve("local-platform/target/classes");
        Path dependencies = root.resolve("local-platform/target/classpath.txt");
        try {
            return classes + java.io.File.pathSeparator + Files.readString(dependencies).strip();
        } catch (java.io.IOException e) {
            throw new PlatformException("Build the launcher first (./mvnw -pl local-platform -am package): " + dependencies
                    + " is missing");
        }
    }

    /** The portal's static files in the checkout: the local gateway serves them from here, so an edit shows at reload. */
    public Path portalSources() {
        return root.resolve("portal/src/main/resources/META-INF/resources");
    }

    public Path serviceJar(String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
