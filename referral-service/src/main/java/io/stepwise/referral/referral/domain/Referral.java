package io.stepwise.referral.referral.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import io.stepwise.kit.domain.EventOutbox;
import io.stepwise.kit.domain.HasOutbox;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/**
 * A referral of one patient, requested by a care plan, to a partner organisation; its lifecycle is FHIR Task's (see
 * {@link ReferralAction}). Every change records {@link ReferralChanged} in the referral's outbox, saved in the same
 * write; the {@code revision} guards concurrent writers (two partners' clients racing to accept: one wins).
 * Repeating the change the referral already shows changes nothing, so a partner may retry.
 */
@Document("referrals")
@CompoundIndexes({
        @CompoundIndex(name = "partner_updated", def = "{'partnerId': 1, 'updatedAt': 1}"),
        @CompoundIndex(name = "partner_requested", def = "{'partnerId': 1, 'requestedAt': -1}"),
        @CompoundIndex(name = "status_requested", def = "{'status': 1, 'requestedAt': -1}")})
public final class Referral implements HasOutbox {

    /** How far back an appointment may be recorded (the partner may record it late); ahead, up to a calendar year. */
    static final Duration APPOINTMENT_PAST = Duration.ofDays(7);

    /**
     * How soon the clinic expects a partner to have acted (FHIR Task.restriction.period.end): an illustrative service
     * level, not clinical advice; a clinic sets its own.
     */
    static final Duration URGENT_WITHIN = Duration.ofDays(7);
    static final Duration ROUTINE_WITHIN = Duration.ofDays(30);

    @Id
    private final String id;
    @Indexed
    private final String planId;
    @Indexed
    private final String patientId;
    private final ReferredPatient patient;
    private final Specialty specialty;
    private final ReferralPriority priority;
    private final String reason;
    private final String planSummary;
    private final String requestedBy;
    private final Instant requestedAt;
    private String partnerId;
    private String partnerName;
    private ReferralStatus status;
    private String statusReason;
    private Appointment appointment;
    private Completion completion;
    private final List<StatusChange> history;
    private Instant updatedAt;
    @Version
    private Long revision;
    private final EventOutbox outbox;

    @PersistenceCreator
    Referral(String id, String planId, String patientId, ReferredPatient patient, Specialty specialty,
            ReferralPriority priority, String reason, String planSummary, String requestedBy, Instant requestedAt,
            String partnerId, String partnerName, ReferralStatus status, String statusReason, Appointment appointment,
            Completion completion, List<StatusChange> history, Instant updatedAt, Long revision, EventOutbox outbox) {
        this.id = Objects.requireNonNull(id, "id");
        this.planId = Objects.requireNonNull(planId, "planId");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.patient = patient;
        this.specialty = Objects.requireNonNull(specialty, "specialty");
        this.priority = Objects.requireNonNull(priority, "priority");
        this.reason = reason;
        this.planSummary = planSummary;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.partnerId = partnerId;
        this.partnerName = partnerName;
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason;
        this.appointment = appointment;
        this.completion = completion;
        this.history = new ArrayList<>(history == null ? List.of() : history);
        this.updatedAt = updatedAt;
        this.revision = revision;
        this.outbox = outbox == null ? EventOutbox.empty() : outbox;
    }

    /**
     * A new referral as a care plan requested it: REQUESTED, with no partner yet.
     *
     * @param id the id the plan derived for the request (the same request always has the same id)
     */
    public static Referral requested(String id, String planId, String patientId, ReferredPatient patient,
            Specialty specialty, ReferralPriority priority, String reason, String planSummary, String requestedBy,
            Instant requestedAt, Instant now) {
        var referral = new Referral(id, planId, patientId, patient, specialty, priority, reason, planSummary,
                requestedBy, requestedAt, null, null, ReferralStatus.REQUESTED, null, null, null, null, now, null,
                null);
        referral.history.add(new StatusChange(ReferralStatus.REQUESTED, requestedAt, requestedBy, null));
        referral.changed(ReferralChange.REQUESTED, now);
        return referral;
    }

    /**
     * Gives the referral to a partner (by a coordinator, or at once when exactly one partner offers the specialty).
     * Giving a REQUESTED referral again to the partner it already has changes nothing.
     *
     * @return whether the referral changed
     * @throws IllegalReferralTransitionException when it is no longer REQUESTED, or already has another partner
     * @throws ReferralRuleException              when the partner is inactive or does not offer the specialty
     */
    public boolean assign(Partner partner, String by, Instant now) {
        if (status == ReferralStatus.REQUESTED && partner.id().equals(partnerId)) {
            return false;
        }
        if (status != ReferralStatus.REQUESTED || partnerId != null) {
            throw new IllegalReferralTransitionException(status, ReferralStatus.REQUESTED, "Referral " + id + " is "
                    + status + (partnerId == null ? "" : " with partner " + partnerId)
                    + "; only a REQUESTED referral without a partner can be assigned");
        }
        if (!partner.offers(specialty)) {
            throw new ReferralRuleException("Partner " + partner.id() + (partner.isActive()
                    ? " does not offer " + specialty : " is deactivated"));
        }
        partnerId = partner.id();
        partnerName = partner.name();
        changed(ReferralChange.ASSIGNED, now);
        return true;
    }

    /**
     * Takes a lifecycle action. Repeating the action whose status the referral already has changes nothing.
     *
     * @param side   who takes it
     * @param by     the staff user name or partner client id
     * @param reason why (required for REJECT and FAIL, optional for CANCEL, ignored otherwise), up to the caller's limit
     * @return whether the referral changed (false for a repeat)
     * @throws WrongSideException                 when {@code side} may not take this action
     * @throws IllegalReferralTransitionException when the action does not lead from the current status
     * @throws ReferralRuleException              when a rejection or failure has no reason
     */
    public boolean act(ReferralAction action, Side side, String by, String reason, Instant now) {
        if (action == ReferralAction.COMPLETE) {
            throw new IllegalArgumentException("Completing carries a report: use complete(…)");
        }
        if (!enter(action, side)) {
            return false;
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new ReferralRuleException("To " + action.verb() + " a referral, say why (reason)");
        }
        String why = action.needsReason() || action == ReferralAction.CANCEL ? reason : null;
        transition(action, by, why, now);
        return true;
    }

    /**
     * Completes the referral with the partner's report. A second opinion also gives its verdict and recommendation;
     * other specialties give no verdict. Completing a COMPLETED referral again changes nothing.
     *
     * @return whether the referral changed (false for a repeat)
     * @throws ReferralRuleException a missing report, a second opinion without verdict or recommendation, or a
     *                               verdict on another specialty
     */
    public boolean complete(Side side, String by, String report, SecondOpinion opinion, String recommendation,
            Instant now) {
        if (!enter(ReferralAction.COMPLETE, side)) {
            return false;
        }
        if (report == null || report.isBlank()) {
            throw new ReferralRuleException("Completing a referral needs the partner's report");
        }
        if (specialty == Specialty.SECOND_OPINION_PHYSICIAN
                && (opinion == null || recommendation == null || recommendation.isBlank())) {
            throw new ReferralRuleException(
                    "A second opinion completes with an opinion (AGREES, DISAGREES or ALTERNATIVE) and a recommendation");
        }
        if (specialty != Specialty.SECOND_OPINION_PHYSICIAN && opinion != null) {
            throw new ReferralRuleException("Only a second opinion carries an opinion; this referral is to a "
                    + specialty);
        }
        completion = new Completion(report, opinion, blankToNull(recommendation), now);
        transition(ReferralAction.COMPLETE, by, null, now);
        return true;
    }

    /**
     * Sets or moves the appointment, once the partner has accepted and until the referral ends. The same start again
     * changes nothing.
     *
     * @return whether the referral changed
     * @throws WrongSideException                 when the clinic tries
     * @throws IllegalReferralTransitionException before ACCEPTED or after the referral ended
     * @throws ReferralRuleException              a start more than 7 days back or more than a year ahead
     */
    public boolean schedule(Side side, Instant start, String by, Instant now) {
        requireSide(Side.PARTNER, side, "schedule the appointment");
        if (status != ReferralStatus.ACCEPTED && status != ReferralStatus.IN_PROGRESS
                && status != ReferralStatus.ON_HOLD) {
            throw new IllegalReferralTransitionException(status, null, "Referral " + id + " is " + status
                    + "; an appointment is set once the referral is ACCEPTED and until it ends");
        }
        Objects.requireNonNull(start, "start");
        Instant yearAhead = now.atZone(java.time.ZoneOffset.UTC).plusYears(1).toInstant();
        if (start.isBefore(now.minus(APPOINTMENT_PAST)) || start.isAfter(yearAhead)) {
            throw new ReferralRuleException("An appointment starts at most 7 days back and at most a year ahead; "
                    + start + " does not");
        }
        if (appointment != null && appointment.start().equals(start)) {
            return false;
        }
        appointment = new Appointment(start, by, now);
        changed(ReferralChange.APPOINTMENT_SCHEDULED, now);
        return true;
    }

    /** Checks side and status; false when the referral is already where the action leads (a repeat). */
    private boolean enter(ReferralAction action, Side side) {
        requireSide(action.side(), side, action.verb() + " a referral");
        if (status == action.target()) {
            return false;
        }
        if (!action.leadsFrom(status)) {
            throw new IllegalReferralTransitionException(status, action.target(), "Cannot " + action.verb()
                    + " referral " + id + ": " + status + " → " + action.target() + " is not allowed");
        }
        return true;
    }

    private static void requireSide(Side allowed, Side side, String what) {
        if (allowed != side) {
            throw new WrongSideException("Only the " + allowed.name().toLowerCase(java.util.Locale.ROOT)
                    + " may " + what);
        }
    }

    private void transition(ReferralAction action, String by, String why, Instant now) {
        status = action.target();
        statusReason = why;
        history.add(new StatusChange(status, now, by, why));
        changed(ReferralChange.of(action), now);
    }

    private void changed(ReferralChange change, Instant now) {
        updatedAt = now;
        outbox.record(new ReferralChanged(id, change, planId, patientId, status, partnerId, partnerName, appointment,
                completion, now));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** By when the clinic expects the referral fulfilled: 7 days after the request if URGENT, 30 if ROUTINE. */
    public Instant respondBy() {
        return requestedAt == null ? null
                : requestedAt.plus(priority == ReferralPriority.URGENT ? URGENT_WITHIN : ROUTINE_WITHIN);
    }

    /** Whether this partner may see and work the referral: it is assigned to it. */
    public boolean isAssignedTo(String partner) {
        return partner != null && partner.equals(partnerId);
    }

    public String id() {
        return id;
    }

    public String planId() {
        return planId;
    }

    public String patientId() {
        return patientId;
    }

    public ReferredPatient patient() {
        return patient;
    }

    public Specialty specialty() {
        return specialty;
    }

    public ReferralPriority priority() {
        return priority;
    }

    public String reason() {
        return reason;
    }

    public String planSummary() {
        return planSummary;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** The assigned partner's id, or null while unassigned. */
    public String partnerId() {
        return partnerId;
    }

    public String partnerName() {
        return partnerName;
    }

    public ReferralStatus status() {
        return status;
    }

    /** Why the referral was rejected, failed or cancelled; else null. */
    public String statusReason() {
        return statusReason;
    }

    public Appointment appointment() {
        return appointment;
    }

    public Completion completion() {
        return completion;
    }

    /** Every status the referral entered, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long revision() {
        return revision;
    }

    @Override
    public EventOutbox outbox() {
        return outbox;
    }
}
