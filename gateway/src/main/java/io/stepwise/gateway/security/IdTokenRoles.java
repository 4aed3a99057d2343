package io.stepwise.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import io.stepwise.kit.security.RealmRoles;

/** A portal user's realm roles (the realm adds them to the ID token as {@code roles}) become {@code ROLE_*} authorities. */
class IdTokenRoles implements GrantedAuthoritiesMapper {

    static final String CLAIM = "roles";

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        var mapped = new HashSet<GrantedAuthority>(authorities);
        for (GrantedAuthority authority : authorities) {
            if (authority instanceof OidcUserAuthority oidc) {
                mapped.addAll(RealmRoles.authorities(roles(oidc.getIdToken().getClaimAsStringList(CLAIM))));
            }
        }
        return mapped;
    }

    private static List<String> roles(List<String> claim) {
        return claim == null ? List.of() : new ArrayList<>(claim);
    }
}
