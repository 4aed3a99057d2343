package io.stepwise.plan.careplan;

import java.util.EnumSet;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.stepwise.kit.security.Callers;
import io.stepwise.kit.security.RealmRoles;
import io.stepwise.plan.careplan.domain.Actor;
import io.stepwise.plan.careplan.domain.StaffRole;

/** Turns the caller's access token into the plan's {@link Actor}: user name and staff roles. */
final class Actors {

    private Actors() {
    }

    static Actor of(JwtAuthenticationToken caller) {
        var roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority authority : caller.getAuthorities()) {
            switch (authority.getAuthority()) {
                case "ROLE_" + RealmRoles.CLINICIAN -> roles.add(StaffRole.CLINICIAN);
                case "ROLE_" + RealmRoles.CARE_COORDINATOR -> roles.add(StaffRole.CARE_COORDINATOR);
                case "ROLE_" + RealmRoles.CLINIC_ADMIN -> roles.add(StaffRole.CLINIC_ADMIN);
                default -> {
                    // other roles say nothing about care plans
                }
            }
        }
        return new Actor(Callers.actor(caller.getToken()), roles);
    }
}
