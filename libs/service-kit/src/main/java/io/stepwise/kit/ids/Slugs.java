package io.stepwise.kit.ids;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Readable ids made from names: "Dry needling (trigger points)" → {@code dry-needling-trigger-points}. */
public final class Slugs {

    /** The longest slug made, in characters. */
    public static final int MAX_LENGTH = 60;

    /** Latin letters that no Unicode decomposition turns into ASCII. */
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ß", "ss"), Map.entry("æ", "ae"),
            Map.entry("Æ", "AE"), Map.entry("ø", "o"), Map.entry("Ø", "O"), Map.entry("œ", "oe"), Map.entry("Œ", "OE"),
            Map.entry("ł", "l"), Map.entry("Ł", "L"), Map.entry("đ", "d"), Map.entry("Đ", "D"), Map.entry("þ", "th"),
            Map.entry("Þ", "TH"), Map.entry("ð", "d"), Map.entry("Ð", "D"), Map.entry("ı", "i"), Map.entry("ħ", "h"));

    private Slugs() {
    }

    /**
     * Lower-case ASCII letters and digits joined by single hyphens: compatibility forms are folded (full-width letters,
     * ligatures), accents dropped, Latin letters without a decomposition spelled out (ß → ss, æ → ae, ø → o), and any
     * other character separates words. A name with nothing left (only CJK or emoji, say) gives {@code fallback}.
     */
    public static String from(String name, String fallback) {
        String spelled = name == null ? "" : name;
        for (var letter : LETTERS.entrySet()) {
            spelled = spelled.replace(letter.getKey(), letter.getValue());
        }
        String ascii = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
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
