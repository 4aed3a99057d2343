package io.stepwise.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.stepwise.local.Platform;
import io.stepwise.local.PlatformLayout;

/**
 * Starts the real platform once for all system tests, with the same launcher as {@code ./run-local.sh}, on fresh data
 * under {@code system-tests/target/platform}; stops it when the test run ends. With
 * {@code -Dstepwise.reuse-platform=true} the tests use the platform already running on this machine instead.
 */
public class RunningPlatform implements BeforeAllCallback {

    public static final String GATEWAY = "http://localhost:8080";
    public static final String KEYCLOAK = "http://localhost:8180";

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Boolean.getBoolean("stepwise.reuse-platform")) {
            return; // a developer's ./run-local.sh is already up: try one test against it, on its data
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningPlatform.class.getName(), key -> new Started(start()), Started.class);
    }

    private static Platform start() {
        Path root = Path.of(System.getProperty("stepwise.root", "..")).toAbsolutePath().normalize();
        Path home = root.resolve("system-tests/target/platform");
        deleteRecursively(home);
        return new Platform(new PlatformLayout(root, home), System.out).start();
    }

    private record Started(Platform platform) implements AutoCloseable {

        @Override
        public void close() {
            platform.close();
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
