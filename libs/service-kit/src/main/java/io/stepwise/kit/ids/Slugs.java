package io.stepwise.kit.ids;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids made from names: "Dry needling (trigger points)" → {@code dry-needling-trigger-points}. */
public final class Slugs {

    /** The longest slug made, in characters. */
    public static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens; accents are dropped, other characters separate
     * words. A name with no letter or digit gives {@code fallback}.
     */
    public static String from(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** The n-th candidate for a unique slug: the slug itself, then {@code slug-2}, {@code slug-3} … */
    public static String candidate(String slug, int n) {
        return n <= 1 ? slug : slug + "-" + n;
    }
}
