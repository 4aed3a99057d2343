package io.stepwise.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Keycloak in dev mode with the stepwise realm imported. Its distribution is unpacked once into the checkout's
 * {@code .stepwise/}; its database lives in this platform's home, so tests and the local platform keep separate users.
 */
final class KeycloakServer implements Component {

    static final int PORT = 8180;
    static final String ISSUER = "http://localhost:" + PORT + "/realms/stepwise";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final PlatformLayout layout;
    private final Consumer<String> notices;
    private Path realmToUpgrade;

    KeycloakServer(PlatformLayout layout, Consumer<String> notices) {
        this.layout = layout;
        this.notices = notices;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<Integer> ports() {
        return List.of(PORT);
    }

    @Override
    public ChildProcess start() {
        Path distribution = Unzip.keycloak(layout);
        Path realm = distribution.resolve("data/import/stepwise-realm.json");
        copyRealm(realm);
        noticeRealmChanges(realm);
        String database = layout.keycloakData().resolve("keycloakdb").toAbsolutePath().toString();
        var command = List.of("bash", distribution.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + PORT, "--import-realm",
                "--db-url=jdbc:h2:file:" + database + ";NON_KEYWORDS=VALUE;AUTO_SERVER=TRUE");
        var environment = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_HOSTNAME", "http://localhost:" + PORT,
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        return ChildProcess.start(name(), command, environment, layout.keycloakData(), layout.log(name()));
    }

    @Override
    public boolean isReady() {
        return Http.answers200("http://127.0.0.1:" + PORT + "/realms/stepwise/.well-known/openid-configuration");
    }

    /** A realm file changed since the database was made: add what it gained, keep what the clinic made (partners). */
    @Override
    public void whenReady() {
        if (realmToUpgrade == null) {
            return;
        }
        int added = RealmUpgrade.addMissing(realmToUpgrade, "http://127.0.0.1:" + PORT, ADMIN_USER, ADMIN_PASSWORD);
        recordImported(realmToUpgrade);
        notices.accept("The realm file changed since Keycloak's data was created: added " + added
                + " missing clients, users or roles to the realm; nothing already there was changed.");
    }

    /**
     * Keycloak imports a realm only into an empty database. When the realm file changed since then, what it gained is
     * added once Keycloak is up ({@link #whenReady()}).
     */
    private void noticeRealmChanges(Path realm) {
        try {
            Files.createDirectories(layout.keycloakData());
            Path recorded = layout.keycloakData().resolve("imported-realm.sha256");
            String current = sha256(realm);
            boolean databaseExists = Files.exists(layout.keycloakData().resolve("keycloakdb.mv.db"));
            if (!databaseExists) {
                Files.writeString(recorded, current);
            } else if (!Files.exists(recorded) || !Files.readString(recorded).equals(current)) {
                realmToUpgrade = realm;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recordImported(Path realm) {
        try {
            Files.writeString(layout.keycloakData().resolve("imported-realm.sha256"), sha256(realm));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyRealm(Path target) {
        try (InputStream realm = KeycloakServer.class.getClassLoader().getResourceAsStream("keycloak/stepwise-realm.json")) {
            if (realm == null) {
                throw new PlatformException("keycloak/stepwise-realm.json is not on the launcher's class path");
            }
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
