package io.stepwise.gateway.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;

/**
 * The Content-Security-Policy of the portal's pages: scripts only from the gateway itself plus the one inline script
 * the portal needs, its import map, allowed by the SHA-256 of its exact text (read from the {@code index.html} the
 * gateway serves, read once at start: restart the gateway after editing the import map). No inline style or script
 * runs, even if some text slipped through unescaped; frames, plugins and foreign form targets (but Keycloak's, where
 * logout goes) are refused.
 */
final class PortalContentSecurityPolicy {

    private static final Pattern IMPORT_MAP = Pattern.compile("<script type=\"importmap\">(.*?)</script>",
            Pattern.DOTALL);

    private PortalContentSecurityPolicy() {
    }

    /**
     * In: the static locations the gateway serves the portal from (first match wins, as Spring's resource handler
     * does), and the identity provider's issuer URI. Out: the policy's directives.
     *
     * @throws IllegalStateException when no location holds an index.html with an import map
     */
    static String of(ResourceLoader resources, List<String> staticLocations, URI issuer) {
        String importMap = staticLocations.stream().map(location -> read(resources, location + "index.html"))
                .flatMap(Optional::stream).findFirst().map(PortalContentSecurityPolicy::importMapOf)
                .orElseThrow(() -> new IllegalStateException("No portal index.html in " + staticLocations));
        String identityProvider = issuer.getScheme() + "://" + issuer.getAuthority();
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self' 'sha256-" + sha256(importMap) + "'",
                "style-src 'self'",
                "img-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'none'",
                "frame-ancestors 'none'",
                "form-action 'self' " + identityProvider);
    }

    /**
     * The import map's text as the browser hashes it: HTML parsing turns every CR LF and lone CR into LF first, so a
     * checkout with Windows line endings still matches.
     */
    static String importMapOf(String indexHtml) {
        Matcher matcher = IMPORT_MAP.matcher(indexHtml.replace("\r\n", "\n").replace('\r', '\n'));
        if (!matcher.find()) {
            throw new IllegalStateException("The portal's index.html has no import map");
        }
        return matcher.group(1);
    }

    static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> read(ResourceLoader resources, String location) {
        var resource = resources.getResource(location);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
