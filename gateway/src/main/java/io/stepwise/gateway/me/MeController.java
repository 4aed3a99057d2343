package io.stepwise.gateway.me;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the portal is talking to, answered by the gateway from the session (or the bearer token). */
@RestController
class MeController {

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5)).sorted()
                .toList();
        return switch (authentication.getPrincipal()) {
            case OidcUser user -> new Me(user.getPreferredUsername(), user.getFullName(), roles);
            case Object other when authentication instanceof JwtAuthenticationToken jwt -> new Me(
                    jwt.getToken().getClaimAsString("preferred_username"),
                    jwt.getToken().getClaimAsString("name"), roles);
            default -> new Me(authentication.getName(), null, roles);
        };
    }

    record Me(String username, String name, List<String> roles) {
    }
}
