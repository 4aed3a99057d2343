package io.stepwise.referral.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import io.stepwise.kit.audit.AuditedAccess;
import io.stepwise.kit.problem.ProblemException;
import io.stepwise.kit.web.IfMatch;
import io.stepwise.referral.partner.PartnerDirectory;
import io.stepwise.referral.referral.domain.Referral;
import io.stepwise.referral.referral.domain.ReferralAction;
import io.stepwise.referral.referral.domain.ReferralRuleException;
import io.stepwise.referral.referral.domain.SecondOpinion;
import io.stepwise.referral.referral.domain.Side;

/**
 * The referral use cases, for the clinic's staff, for partners (always scoped to the calling partner) and for the
 * plan's requests. Each change loads the referral, lets it change itself and saves it with its event; when another
 * writer saved first (two partner clients accepting at once), the change is tried again on the fresh referral, where
 * it is either a repeat (nothing changes) or an illegal transition (409): exactly one wins.
 */
@Service
public class ReferralDesk {

    private static final Logger log = LoggerFactory.getLogger(ReferralDesk.class);
    private static final int ATTEMPTS = 5;

    private final Referrals referrals;
    private final PartnerDirectory partners;
    private final Clock clock;

    ReferralDesk(Referrals referrals, PartnerDirectory partners, Clock clock) {
        this.referrals = referrals;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * Creates the referral a plan requested, assigned at once when exactly one active partner offers the specialty.
     *
     * @return the referral created, or empty when it already existed (a repeated event)
     */
    Optional<Referral> create(NewReferral request) {
        Instant now = now();
        var referral = Referral.requested(request.id(), request.planId(), request.patientId(), request.patient(),
                request.specialty(), request.priority(), request.reason(), request.planSummary(),
                request.requestedBy(), request.requestedAt(), now);
        var offering = partners.offering(request.specialty());
        if (offering.size() == 1) {
            referral.assign(offering.getFirst(), "stepwise", now);
        }
        try {
            return Optional.of(referrals.insert(referral));
        } catch (DuplicateKeyException alreadyCreated) {
            log.debug("Referral {} already exists; the repeated request changes nothing", request.id());
            return Optional.empty();
        }
    }

    /** A referral for clinic staff. @throws UnknownReferralException when there is none */
    public Referral get(String id) {
        Referral referral = referrals.findById(id).orElseThrow(() -> new UnknownReferralException(id));
        AuditedAccess.patient(referral.patientId());
        return referral;
    }

    /** Referrals for clinic staff, filtered by any of status, specialty, partner and patient. */
    public Page<Referral> search(ReferralFilter filter, Pageable page) {
        return referrals.search(filter, page);
    }

    /**
     * Gives a REQUESTED referral to a partner.
     *
     * @throws ReferralRuleException when there is no such partner, or it is inactive or offers another specialty
     */
    public Referral assign(String id, IfMatch ifMatch, String partnerId, String by) {
        var partner = partners.find(partnerId).orElseThrow(
                () -> new ReferralRuleException("There is no partner " + partnerId));
        return change(id, ifMatch, r -> true, r -> r.assign(partner, by, now()));
    }

    /** The clinic cancels a referral before the partner has started the work. */
    public Referral cancel(String id, IfMatch ifMatch, String by, String reason) {
        return change(id, ifMatch, r -> true, r -> r.act(ReferralAction.CANCEL, Side.CLINIC, by, reason,
                now()));
    }

    /**
     * A referral for the partner it is assigned to, recorded as a disclosure of its patient's data.
     *
     * @throws UnknownReferralException otherwise, exactly as for no referral
     */
    public Referral getForPartner(String partnerId, String id) {
        return disclosed(referrals.findById(id).filter(r -> r.isAssignedTo(partnerId))
                .orElseThrow(() -> new UnknownReferralException(id)));
    }

    /** The partner's referrals, optionally in one status or changed since an instant; each one a disclosure. */
    public Page<Referral> searchForPartner(String partnerId, ReferralFilter filter, Pageable page) {
        var found = referrals.search(new ReferralFilter(filter.status(), filter.specialty(), partnerId, null,
                filter.updatedSince()), page);
        found.forEach(ReferralDesk::disclosed);
        return found;
    }

    /** A partner's lifecycle action (not COMPLETE, see {@link #complete}); the answer is a disclosure too. */
    public Referral act(String partnerId, String id, IfMatch ifMatch, ReferralAction action, String by,
            String reason) {
        return disclosed(change(id, ifMatch, r -> r.isAssignedTo(partnerId),
                r -> r.act(action, Side.PARTNER, by, reason, now())));
    }

    /** The partner completes with its report (and, for a second opinion, its verdict and recommendation). */
    public Referral complete(String partnerId, String id, IfMatch ifMatch, String by, String report,
            SecondOpinion opinion, String recommendation) {
        return disclosed(change(id, ifMatch, r -> r.isAssignedTo(partnerId),
                r -> r.complete(Side.PARTNER, by, report, opinion, recommendation, now())));
    }

    /** The partner sets or moves the appointment. */
    public Referral schedule(String partnerId, String id, IfMatch ifMatch, Instant start, String by) {
        return disclosed(change(id, ifMatch, r -> r.isAssignedTo(partnerId),
                r -> r.schedule(Side.PARTNER, start, by, now())));
    }

    /** Shown to a partner: the audit filter writes a DISCLOSE record naming the patient once the answer succeeded. */
    private static Referral disclosed(Referral referral) {
        AuditedAccess.disclosed("referral/" + referral.id(), referral.patientId());
        return referral;
    }

    private Referral change(String id, IfMatch ifMatch, Predicate<Referral> visible, Step change) {
        for (int attempt = 1; ; attempt++) {
            Referral referral = referrals.findById(id).filter(visible)
                    .orElseThrow(() -> new UnknownReferralException(id));
            AuditedAccess.patient(referral.patientId());
            if (!matches(ifMatch, referral)) {
                return repeatOrStale(referral, ifMatch, change);
            }
            if (!change.apply(referral)) {
                return referral;
            }
            try {
                return referrals.save(referral);
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }

    private static boolean matches(IfMatch ifMatch, Referral referral) {
        try {
            ifMatch.check("Referral " + referral.id(), referral.revision());
            return true;
        } catch (ProblemException stale) {
            return false;
        }
    }

    /**
     * The referral moved on since the caller's ETag. A retry whose change the referral already shows (the first try
     * succeeded, its answer was lost) is a repeat and answers as one; anything else is 412, and nothing changes.
     */
    private static Referral repeatOrStale(Referral referral, IfMatch ifMatch, Step change) {
        boolean wouldChange;
        try {
            wouldChange = change.apply(referral);
        } catch (RuntimeException refused) {
            wouldChange = true;
        }
        if (wouldChange) {
            ifMatch.check("Referral " + referral.id(), referral.revision());
        }
        return referral;
    }

    /** Milliseconds, as the database keeps them: an answer right after a change says what a later read says. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A change to one referral; false when it was a repeat and nothing changed. */
    @FunctionalInterface
    private interface Step {

        boolean apply(Referral referral);
    }
}
