package io.stepwise.referral.partner;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/** How other features find partners: by id, by specialty, and whether one may act at all. */
@Service
public class PartnerDirectory {

    private final Partners partners;

    PartnerDirectory(Partners partners) {
        this.partners = partners;
    }

    /** @throws UnknownPartnerException when there is no such partner */
    public Partner get(String id) {
        return find(id).orElseThrow(() -> new UnknownPartnerException(id));
    }

    public Optional<Partner> find(String id) {
        return id == null ? Optional.empty() : partners.findById(id);
    }

    /** The active partners that offer this specialty. */
    public List<Partner> offering(Specialty specialty) {
        return partners.findByActiveTrueAndSpecialtiesContaining(specialty);
    }

    /** The active partners, or those offering {@code specialty} when it is given, by name. */
    public List<Partner> active(Specialty specialty) {
        var found = specialty == null ? partners.findByActiveTrue() : offering(specialty);
        return found.stream().sorted(java.util.Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Whether a partner with this id exists and is active (its tokens are honoured). */
    public boolean isActive(String id) {
        return find(id).map(Partner::isActive).orElse(false);
    }

    /**
     * The partner's webhook receiver answered 410 Gone: its endpoint is disabled until the clinic sets the URL again.
     * Nothing happens for an unknown partner or one without an endpoint.
     *
     * @throws org.springframework.dao.OptimisticLockingFailureException when the partner changed meanwhile
     */
    public void disableWebhook(String id, String why, java.time.Instant now) {
        find(id).filter(partner -> partner.webhook() != null && partner.webhook().enabled()).ifPresent(partner -> {
            partner.disableWebhook(why, now);
            partners.save(partner);
        });
    }
}
