package io.stepwise.referral.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import io.stepwise.kit.ids.Slugs;

/**
 * A partner's OAuth2 client id: {@code partner-<slug of its name>}, e.g. "Lakeside Psychology" →
 * {@code partner-lakeside-psychology}. A name with no Latin letters or digits gets a slug from its hash instead, so
 * the same name always gives the same client id, and two names that read alike collide (answered 409).
 */
final class ClientIds {

    static final String PREFIX = "partner-";

    private ClientIds() {
    }

    static String forName(String name) {
        return PREFIX + Slugs.from(name, hashOf(name));
    }

    private static String hashOf(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(name.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
