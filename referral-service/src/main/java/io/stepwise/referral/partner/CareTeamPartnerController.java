package io.stepwise.referral.partner;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.stepwise.kit.audit.NotPatientData;
import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.referral.partner.domain.Specialty;

/**
 * The partners a referral may be assigned to, for the care team (who may not read the clinic admin's partner
 * records): only the active ones, with their id, name and specialties — no clients, secrets or webhooks. No patient
 * data, so not audited although it sits under the referral paths.
 */
@RestController
class CareTeamPartnerController {

    private final PartnerDirectory directory;

    CareTeamPartnerController(PartnerDirectory directory) {
        this.directory = directory;
    }

    /**
     * In: an optional specialty. Out: {@code {"partners":[{"id","name","specialties"}]}}, active partners by name
     * (at most the clinic's few dozen partners, so no paging). An unknown specialty is 400 {@code invalid-parameter}.
     */
    @GetMapping("/api/referrals/partners")
    @NotPatientData("active partners: id, name and specialties, no patient")
    AssignablePartners assignable(@RequestParam(required = false) Specialty specialty) {
        return new AssignablePartners(directory.active(specialty).stream().map(AssignablePartner::of).toList());
    }

    record AssignablePartners(List<AssignablePartner> partners) {
    }

    record AssignablePartner(String id, String name, List<Specialty> specialties) {

        static AssignablePartner of(Partner partner) {
            return new AssignablePartner(partner.id(), partner.name(), partner.specialties().stream().sorted().toList());
        }
    }
}
