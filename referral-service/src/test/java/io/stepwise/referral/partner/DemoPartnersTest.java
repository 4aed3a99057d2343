package io.stepwise.referral.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.test.context.TestPropertySource;

import io.stepwise.referral.partner.domain.Specialty;
import io.stepwise.testkit.ServiceTest;

/** On the local platform the realm's two demo partner clients exist as partners, and a restart keeps what changed. */
@ServiceTest(database = "referral-demo-partners-test", kafka = true)
@TestPropertySource(properties = "stepwise.partners.demo=true")
class DemoPartnersTest {

    @Autowired
    Partners partners;

    @Autowired
    DemoPartners demo;

    @Test
    void theRealmsDemoClientsArePartnersAndASecondStartChangesNothing() {
        var psychology = partners.findById("psychology-demo").orElseThrow();
        assertThat(psychology.clientId()).isEqualTo("partner-psychology-demo");
        assertThat(psychology.specialties()).containsExactly(Specialty.PSYCHOLOGIST);
        assertThat(psychology.isActive()).isTrue();
        var secondOpinion = partners.findById("second-opinion-demo").orElseThrow();
        assertThat(secondOpinion.clientId()).isEqualTo("partner-second-opinion-demo");
        assertThat(secondOpinion.specialties()).containsExactly(Specialty.SECOND_OPINION_PHYSICIAN);

        psychology.deactivate(Instant.now());
        partners.save(psychology);
        demo.run(new DefaultApplicationArguments());

        assertThat(partners.findById("psychology-demo").orElseThrow().isActive()).isFalse();
        assertThat(partners.count()).isEqualTo(2);
    }
}
