package io.stepwise.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipFile;

/** Unpacks the Keycloak distribution once; a half-finished unpack is never mistaken for a whole one. */
final class Unzip {

    private Unzip() {
    }

    static Path keycloak(PlatformLayout layout) {
        Path target = layout.keycloakDistribution();
        if (Files.isRegularFile(target.resolve("bin/kc.sh"))) {
            return target;
        }
        Path zip = layout.keycloakZip();
        if (!Files.isRegularFile(zip)) {
            throw new PlatformException(zip + " is missing: build the launcher with ./mvnw -pl local-platform -am package");
        }
        Path staging = target.resolveSibling(target.getFileName() + ".unpacking");
        try {
            deleteRecursively(staging);
            extract(zip, staging);
            // The zip holds one top-level folder, keycloak-<version>/.
            try (var top = Files.list(staging)) {
                Path unpacked = top.findFirst().orElseThrow(() -> new PlatformException("Empty Keycloak zip: " + zip));
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            }
            deleteRecursively(staging);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void extract(Path zip, Path into) throws IOException {
        try (var archive = new ZipFile(zip.toFile())) {
            for (var entries = archive.entries(); entries.hasMoreElements();) {
                var entry = entries.nextElement();
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("Refusing zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (var in = archive.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (out.getFileName().toString().endsWith(".sh")) {
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path each : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
