package io.stepwise.catalog.treatment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentPublished;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRetired;
import io.stepwise.catalog.treatment.domain.TreatmentEvent.TreatmentRevised;

/** The treatment lifecycle DRAFT → PUBLISHED → RETIRED, its version and the events it records. */
class TreatmentTest {

    private static final TreatmentDetails NAPROXEN = details("Naproxen");
    private static final TreatmentDetails NAPROXEN_REVISED = details("Naproxen 500 mg");

    /** What a clinic admin does to a treatment. */
    enum Action {
        PUBLISH(Treatment::publish),
        REVISE(treatment -> treatment.revise(NAPROXEN_REVISED)),
        RETIRE(Treatment::retire);

        private final Consumer<Treatment> step;

        Action(Consumer<Treatment> step) {
            this.step = step;
        }

        void applyTo(Treatment treatment) {
            step.accept(treatment);
        }
    }

    @ParameterizedTest(name = "{1} on a {0} treatment leaves it {2}")
    @CsvSource({
            "DRAFT,     PUBLISH, PUBLISHED",
            "DRAFT,     REVISE,  DRAFT",
            "PUBLISHED, REVISE,  PUBLISHED",
            "PUBLISHED, RETIRE,  RETIRED"})
    void allowedSteps(TreatmentStatus from, Action action, TreatmentStatus to) {
        var treatment = treatmentIn(from);

        action.applyTo(treatment);

        assertThat(treatment.status()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{1} on a {0} treatment is refused: it needs {2}")
    @CsvSource({
            "DRAFT,     RETIRE,  PUBLISHED",
            "PUBLISHED, PUBLISH, DRAFT",
            "RETIRED,   PUBLISH, DRAFT",
            "RETIRED,   RETIRE,  PUBLISHED",
            "RETIRED,   REVISE,  DRAFT or PUBLISHED"})
    void refusedSteps(TreatmentStatus from, Action action, String required) {
        var treatment = treatmentIn(from);
        int version = treatment.version();

        assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> action.applyTo(treatment))
                .withMessageContaining("is " + from).withMessageContaining("needs it to be " + required)
                .withMessageContaining(action.name().toLowerCase());
        assertThat(treatment.status()).isEqualTo(from);
        assertThat(treatment.version()).isEqualTo(version);
        assertThat(treatment.details()).isEqualTo(NAPROXEN);
        assertThat(treatment.outbox().recordedEvents()).isEmpty();
    }

    static Stream<Arguments> versionsAndEvents() {
        return Stream.of(
                Arguments.of(TreatmentStatus.DRAFT, Action.REVISE, 0, List.of()),
                Arguments.of(TreatmentStatus.DRAFT, Action.PUBLISH, 1,
                        List.of(new TreatmentPublished("naproxen", TreatmentStatus.PUBLISHED, 1, NAPROXEN))),
                Arguments.of(TreatmentStatus.PUBLISHED, Action.REVISE, 2,
                        List.of(new TreatmentRevised("naproxen", TreatmentStatus.PUBLISHED, 2, NAPROXEN_REVISED))),
                Arguments.of(TreatmentStatus.PUBLISHED, Action.RETIRE, 1,
                        List.of(new TreatmentRetired("naproxen", TreatmentStatus.RETIRED, 1, NAPROXEN))));
    }

    @ParameterizedTest(name = "{1} on a {0} treatment: version {2}, events {3}")
    @MethodSource("versionsAndEvents")
    void eachStepSetsTheVersionAndRecordsItsEvent(TreatmentStatus from, Action action, int version,
            List<TreatmentEvent> events) {
        var treatment = treatmentIn(from);

        action.applyTo(treatment);

        assertThat(treatment.version()).isEqualTo(version);
        assertThat(treatment.outbox().recordedEvents()).containsExactlyElementsOf(events);
    }

    @Test
    void aDraftRevisedKeepsTheNewDetailsWithoutTellingAnyone() {
        var treatment = Treatment.draft("naproxen", NAPROXEN);

        treatment.revise(NAPROXEN_REVISED);

        assertThat(treatment.details()).isEqualTo(NAPROXEN_REVISED);
        assertThat(treatment.isPublished()).isFalse();
        assertThat(treatment.outbox().recordedEvents()).isEmpty();
    }

    @Test
    void everyPublishedRevisionRaisesTheVersionOnceMore() {
        var treatment = Treatment.draft("naproxen", NAPROXEN);
        treatment.publish();
        treatment.revise(NAPROXEN_REVISED);
        treatment.revise(NAPROXEN);

        assertThat(treatment.version()).isEqualTo(3);
        assertThat(treatment.outbox().recordedEvents()).extracting(event -> ((TreatmentEvent) event).version())
                .containsExactly(1, 2, 3);
    }

    /** A treatment in the given status, with the events of getting there already handed over. */
    private static Treatment treatmentIn(TreatmentStatus status) {
        var treatment = Treatment.draft("naproxen", NAPROXEN);
        if (status != TreatmentStatus.DRAFT) {
            treatment.publish();
        }
        if (status == TreatmentStatus.RETIRED) {
            treatment.retire();
        }
        treatment.outbox().drainRecorded();
        return treatment;
    }

    private static TreatmentDetails details(String name) {
        return new TreatmentDetails(name, Category.MEDICATION, "nsaid", "Illustrative", Mode.PASSIVE, Invasiveness.NONE,
                List.of(SpecialistType.PHYSICIAN), List.of("stomach upset"),
                new SafetyFlags(true, false, false, false, false));
    }
}
