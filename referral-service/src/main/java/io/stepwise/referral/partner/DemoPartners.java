package io.stepwise.referral.partner;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/**
 * The realm's two demo partner clients ({@code partner-psychology-demo}, {@code partner-second-opinion-demo}) as
 * partners, for the local platform only ({@code stepwise.partners.demo=true}): created when missing, never changed
 * afterwards, so what a clinic admin did to them survives a restart. They have no webhook endpoint; they poll.
 */
@Component
@ConditionalOnBooleanProperty("stepwise.partners.demo")
class DemoPartners implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

    private final Partners partners;
    private final Clock clock;

    DemoPartners(Partners partners, Clock clock) {
        this.partners = partners;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed("psychology-demo", "Demo psychology practice", "partner-psychology-demo",
                Set.of(Specialty.PSYCHOLOGIST));
        seed("second-opinion-demo", "Demo second-opinion physicians", "partner-second-opinion-demo",
                Set.of(Specialty.SECOND_OPINION_PHYSICIAN));
    }

    private void seed(String id, String name, String clientId, Set<Specialty> specialties) {
        if (!partners.existsById(id)) {
            partners.insert(Partner.onboarded(id, name, specialties, clientId, null, null, clock.instant()));
            log.info("Demo partner {} created", id);
        }
    }
}
