package io.stepwise.kit.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/** Keycloak puts realm roles under {@code realm_access.roles}; Spring wants them as {@code ROLE_*} authorities. */
public final class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    public static final String CLINICIAN = "clinician";
    public static final String CARE_COORDINATOR = "care-coordinator";
    public static final String CLINIC_ADMIN = "clinic-admin";
    public static final String REFERRAL_PARTNER = "referral-partner";

    /** Roles of clinic staff, who use the portal and the staff API. */
    public static final String[] STAFF = {CLINICIAN, CARE_COORDINATOR, CLINIC_ADMIN};

    /** Turns a validated access token into an authentication whose authorities are the caller's realm roles. */
    public static JwtAuthenticationConverter authenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        return converter;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return authorities(roleNames(jwt.getClaimAsMap("realm_access")));
    }

    public static Collection<GrantedAuthority> authorities(Collection<String> roles) {
        return roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    private static List<String> roleNames(Map<String, Object> realmAccess) {
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
}
