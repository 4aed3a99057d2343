package io.stepwise.referral.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.stepwise.referral.referral.domain.ReferralStatus;

/** The Task search's parameters: what is accepted, what is refused with 400, and the page they ask for. */
class FhirTaskSearchTest {

    @Test
    void withoutParametersEveryStatusFirstTwenty() {
        var search = TaskSearch.parse(Map.of());

        assertThat(search).isEqualTo(new TaskSearch(null, 20, 0));
        assertThat(search.pageable().getOffset()).isZero();
        assertThat(search.pageable().getPageSize()).isEqualTo(20);
        assertThat(search.pageable().getSort()).isEqualTo(TaskSearch.ORDER);
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void everyTaskStatusCodeFindsItsReferralStatusWithOrWithoutItsSystem(ReferralStatus status) {
        assertThat(TaskSearch.parse(Map.of("status", new String[] {status.fhirCode()})).status()).isEqualTo(status);
        assertThat(TaskSearch.parse(Map.of("status", new String[] {"http://hl7.org/fhir/task-status|"
                + status.fhirCode()})).status()).isEqualTo(status);
        assertThat(TaskSearch.parse(Map.of("status", new String[] {"|" + status.fhirCode()})).status())
                .isEqualTo(status);
    }

    @Test
    void anEmptyParameterIsIgnoredAndUnknownOnesToo() {
        var search = TaskSearch.parse(Map.of("status", new String[] {""}, "_count", new String[] {" "},
                "_sort", new String[] {"-authored-on"}));

        assertThat(search).isEqualTo(new TaskSearch(null, 20, 0));
    }

    @Test
    void countAndOffsetPageAnywhere() {
        var search = TaskSearch.parse(Map.of("_count", new String[] {"100"}, "_offset", new String[] {"7"}));

        assertThat(search.pageable().getOffset()).isEqualTo(7);
        assertThat(search.pageable().getPageSize()).isEqualTo(100);
        assertThat(search.query(107)).isEqualTo("_count=100&_offset=107");
    }

    @ParameterizedTest
    @ValueSource(strings = {"in_progress", "IN_PROGRESS", "draft", "entered-in-error", "active", "requested,accepted",
            "http://example.org/status|requested"})
    void aStatusThatIsNotOneOfTheReferralsTaskStatusesIsRefused(String status) {
        assertThatThrownBy(() -> TaskSearch.parse(Map.of("status", new String[] {status})))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("status");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "2.5", "99999999999999999999"})
    void aCountOutsideOneToAHundredIsRefused(String count) {
        assertThatThrownBy(() -> TaskSearch.parse(Map.of("_count", new String[] {count})))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("_count must be a whole number from 1 to 100");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "1000000001"})
    void aNegativeOrHugeOffsetIsRefused(String offset) {
        assertThatThrownBy(() -> TaskSearch.parse(Map.of("_offset", new String[] {offset})))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("_offset");
    }

    @Test
    void aParameterGivenTwiceOrAStatusModifierIsRefused() {
        assertThatThrownBy(() -> TaskSearch.parse(Map.of("status", new String[] {"requested", "accepted"})))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("more than once");
        assertThatThrownBy(() -> TaskSearch.parse(Map.of("status:not", new String[] {"requested"})))
                .isInstanceOf(InvalidSearchException.class).hasMessageContaining("modifiers");
    }

    @Test
    void aLongBadValueIsShortenedInTheAnswer() {
        String longValue = "x".repeat(500);

        assertThatThrownBy(() -> TaskSearch.parse(Map.of("status", new String[] {longValue})))
                .hasMessageNotContaining(longValue).hasMessageContaining("x".repeat(64) + "…");
    }
}
