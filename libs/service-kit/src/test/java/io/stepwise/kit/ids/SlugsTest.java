package io.stepwise.kit.ids;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Dry needling (trigger points)  | dry-needling-trigger-points
            Naproxen Sódium                | naproxen-sodium
            Crème brûlée Straße            | creme-brulee-strasse
            Ærøskøbing œuvre ﬁsh           | aeroskobing-oeuvre-fish
            Ｆｕｌｌｗｉｄｔｈ                  | fullwidth
            İstanbul ı                     | istanbul-i
            Ǆemal ǅ                        | dzemal-dz
            Łódź                           | lodz
            --TENS  unit--                 | tens-unit
            NSAID 200mg/day                | nsaid-200mg-day
            日本語の治療                     | treatment
            🔥🔥                            | treatment
            !!!                            | treatment
            """)
    void readableAsciiFromAnyName(String name, String slug) {
        assertThat(Slugs.from(name, "treatment")).isEqualTo(slug);
    }

    @Test
    void aLongNameIsCutAtAWordWithoutATrailingHyphen() {
        String slug = Slugs.from("a".repeat(59) + " bcd", "x");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).isEqualTo("a".repeat(59));
    }

    @Test
    void candidatesAreTheSlugThenNumbered() {
        assertThat(Slugs.candidate("tens", 1)).isEqualTo("tens");
        assertThat(Slugs.candidate("tens", 2)).isEqualTo("tens-2");
    }
}
