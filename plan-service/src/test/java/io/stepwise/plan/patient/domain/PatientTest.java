package io.stepwise.plan.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientTest {

    @ParameterizedTest(name = "{0} and {1} are the same MRN")
    @CsvSource({"MRN-1001, mrn-1001", "AbC/7, abc/7", "X.9, x.9"})
    void theMrnIsUniqueIgnoringCase(String first, String second) {
        var a = Patient.register("p1", first, "Ada", "Lovelace", LocalDate.of(1970, 1, 1), "cc", Instant.EPOCH);
        var b = Patient.register("p2", second, "Ada", "Lovelace", LocalDate.of(1970, 1, 1), "cc", Instant.EPOCH);

        assertThat(a.mrnKey()).isEqualTo(b.mrnKey());
        assertThat(a.mrn()).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mrn-77", "ada", "LOVE", "lace"})
    void theSearchTextHoldsTheMrnAndNamesInLowerCase(String part) {
        var patient = Patient.register("p1", "MRN-77", "Ada", "Lovelace", LocalDate.of(1970, 1, 1), "cc",
                Instant.EPOCH);

        assertThat(patient.searchText()).contains(part.toLowerCase());
    }
}
