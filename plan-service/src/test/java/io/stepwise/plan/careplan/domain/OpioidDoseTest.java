package io.stepwise.plan.careplan.domain;

import static io.stepwise.plan.careplan.domain.PlanFixtures.add;
import static io.stepwise.plan.careplan.domain.PlanFixtures.apply;
import static io.stepwise.plan.careplan.domain.PlanFixtures.draftPlan;
import static io.stepwise.plan.careplan.domain.PlanFixtures.moveTo;
import static io.stepwise.plan.careplan.domain.PlanFixtures.opioid;
import static io.stepwise.plan.careplan.domain.PlanFixtures.oral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpioidDoseTest {

    @ParameterizedTest(name = "{0}: factor {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CODEINE              | 0.15
            HYDROCODONE          | 1
            HYDROMORPHONE        | 5
            MORPHINE             | 1
            OXYCODONE            | 1.5
            OXYMORPHONE          | 3
            TAPENTADOL           | 0.4
            TRAMADOL             | 0.2
            METHADONE            | 4.7
            FENTANYL_TRANSDERMAL | 2.4
            """)
    void theCdcConversionFactors(Opioid opioid, BigDecimal factor) {
        assertThat(opioid.factor()).isEqualByComparingTo(factor);
        assertThat(opioid.isTransdermal()).isEqualTo(opioid == Opioid.FENTANYL_TRANSDERMAL);
    }

    @ParameterizedTest(name = "{0} {1} mg × {2}/day = {3} MME/day")
    @CsvSource(delimiter = '|', textBlock = """
            CODEINE       |  30   | 4 |  18
            CODEINE       |   7.5 | 3 |   3.38
            HYDROCODONE   |  10   | 4 |  40
            HYDROMORPHONE |   2   | 4 |  40
            MORPHINE      |  15   | 2 |  30
            MORPHINE      |  49.99| 1 |  49.99
            OXYCODONE     |   5   | 3 |  22.5
            OXYCODONE     |  20   | 3 |  90
            OXYMORPHONE   |   5   | 2 |  30
            TAPENTADOL    |  50   | 2 |  40
            TRAMADOL      |  50   | 4 |  40
            METHADONE     |   5   | 2 |  47
            METHADONE     |  10   | 3 | 141
            """)
    void dailyMmeOfAnOralOpioidIsDoseTimesDosesPerDayTimesTheFactor(Opioid opioid, double doseMg, int dosesPerDay,
            BigDecimal mme) {
        assertThat(oral(opioid, doseMg, dosesPerDay).dailyMme()).isEqualByComparingTo(mme);
    }

    @ParameterizedTest(name = "fentanyl patch {0} mcg/h = {1} MME/day")
    @CsvSource(delimiter = '|', textBlock = """
            12   | 28.8
            25   | 60
            37.5 | 90
            100  | 240
            """)
    void dailyMmeOfAFentanylPatchIsItsStrengthTimesTheFactor(double mcgPerHour, BigDecimal mme) {
        assertThat(new OpioidDose(Opioid.FENTANYL_TRANSDERMAL, null, null, mcgPerHour).dailyMme())
                .isEqualByComparingTo(mme);
    }

    @ParameterizedTest(name = "{0} doseMg {1} × {2}/day, patch {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            none                 | 10      | 2    | none
            MORPHINE             | none    | 2    | none
            MORPHINE             | 10      | none | none
            MORPHINE             | 0       | 2    | none
            MORPHINE             | -5      | 2    | none
            MORPHINE             | 1000.01 | 2    | none
            MORPHINE             | NaN     | 2    | none
            MORPHINE             | Infinity| 2    | none
            MORPHINE             | 10      | 0    | none
            MORPHINE             | 10      | 25   | none
            MORPHINE             | 10      | 2    | 25
            OXYCODONE            | none    | none | 25
            FENTANYL_TRANSDERMAL | none    | none | none
            FENTANYL_TRANSDERMAL | none    | none | 0
            FENTANYL_TRANSDERMAL | none    | none | -12
            FENTANYL_TRANSDERMAL | none    | none | 1000.01
            FENTANYL_TRANSDERMAL | none    | none | NaN
            FENTANYL_TRANSDERMAL | 10      | none | 25
            FENTANYL_TRANSDERMAL | none    | 2    | 25
            """)
    void anInvalidDoseIsRefused(Opioid opioid, Double doseMg, Integer dosesPerDay, Double mcgPerHour) {
        assertThatExceptionOfType(PlanRuleException.class)
                .isThrownBy(() -> new OpioidDose(opioid, doseMg, dosesPerDay, mcgPerHour));
    }

    @ParameterizedTest(name = "{0} doseMg {1} × {2}/day, patch {3}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            MORPHINE             | 0.5  | 1    | none
            MORPHINE             | 1000 | 24   | none
            FENTANYL_TRANSDERMAL | none | none | 1000
            """)
    void theLimitsThemselvesAreValid(Opioid opioid, Double doseMg, Integer dosesPerDay, Double mcgPerHour) {
        assertThat(new OpioidDose(opioid, doseMg, dosesPerDay, mcgPerHour).dailyMme()).isPositive();
    }

    @Test
    void thePlansTotalIsTheSumOverItsLiveOpioids() {
        var plan = draftPlan();
        add(plan, opioid("a1", oral(Opioid.MORPHINE, 30, 1)), opioid("a2", oral(Opioid.OXYCODONE, 5, 3)),
                opioid("a3", oral(Opioid.HYDROMORPHONE, 4, 2)));
        assertThat(plan.totalDailyMme()).isEqualByComparingTo("92.5");

        apply(plan, PlanAction.ACTIVATE);
        moveTo(plan, "a3", ActivityStatus.STOPPED);
        assertThat(plan.totalDailyMme()).isEqualByComparingTo("52.5");

        moveTo(plan, "a2", ActivityStatus.CANCELLED);
        assertThat(plan.totalDailyMme()).isEqualByComparingTo("30");
    }

    @Test
    void aPlanWithoutOpioidsHasNone() {
        assertThat(PlanFixtures.plan("nsaid stretching-program").totalDailyMme()).isEqualByComparingTo("0");
    }
}
