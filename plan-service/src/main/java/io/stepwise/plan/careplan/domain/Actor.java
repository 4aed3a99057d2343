package io.stepwise.plan.careplan.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who is changing a plan: the user name and the staff roles the access token carries. The plan checks what each role
 * may do (DESIGN §1); a refusal is {@link NotPermittedException}, never a safety finding.
 *
 * @param username the user name (a clinician's user name is what {@code treatingPhysician} names)
 * @param roles    the staff roles, possibly empty
 */
public record Actor(String username, Set<StaffRole> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    public static Actor of(String username, StaffRole... roles) {
        return new Actor(username, Set.of(roles));
    }

    public boolean isClinician() {
        return roles.contains(StaffRole.CLINICIAN);
    }

    /** Clinicians and care coordinators draft and keep plans; clinic admins curate but do not treat. */
    public boolean isCareTeam() {
        return isClinician() || roles.contains(StaffRole.CARE_COORDINATOR);
    }

    /** @throws NotPermittedException unless this actor is a clinician */
    public void requireClinician(String what) {
        if (!isClinician()) {
            throw new NotPermittedException("Only a clinician may " + what);
        }
    }

    /** @throws NotPermittedException unless this actor is a clinician or a care coordinator */
    public void requireCareTeam(String what) {
        if (!isCareTeam()) {
            throw new NotPermittedException("Only a clinician or a care coordinator may " + what);
        }
    }
}
