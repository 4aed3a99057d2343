package io.stepwise.referral.partner.keycloak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import io.stepwise.kit.security.RealmRoles;
import io.stepwise.kit.security.StepwiseSecurityProperties;
import io.stepwise.referral.partner.PartnerClientTakenException;
import io.stepwise.referral.partner.PartnerClients;
import io.stepwise.referral.partner.PartnerClientsUnavailableException;
import jakarta.ws.rs.core.Response;

/**
 * Partners' clients in Keycloak, through its admin API as referral-service's own service client. A partner's client
 * is confidential and has the client-credentials grant only; it authenticates with a Keycloak-generated secret or,
 * given a JWKS URL, with JWT assertions signed by the partner's own keys (Keycloak's "Signed JWT" authenticator, as
 * SMART Backend Services do). Its tokens live 300 s and carry audience {@code stepwise-api}, {@code partner_id} and
 * the realm role {@code referral-partner}.
 * <p>
 * The role comes from a hard-coded role mapper on the client rather than a role mapping of its service-account user:
 * mapping a user's roles needs realm-management's {@code manage-users}, which would let this service change every
 * clinic user; {@code manage-clients} and {@code view-clients} are enough for a mapper, and the token is the same.
 */
@Component
@EnableConfigurationProperties(KeycloakAdminProperties.class)
class KeycloakPartnerClients implements PartnerClients, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeycloakPartnerClients.class);
    private static final String OIDC = "openid-connect";
    private static final String TOKEN_LIFESPAN_SECONDS = "300";

    private final KeycloakAdminProperties properties;
    private final Keycloak keycloak;

    KeycloakPartnerClients(KeycloakAdminProperties properties) {
        this.properties = properties;
        long timeout = properties.timeout().toMillis();
        var http = ResteasyClientClassicProvider.createClientBuilder().register(JacksonProvider.class, 100)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS).readTimeout(timeout, TimeUnit.MILLISECONDS).build();
        this.keycloak = KeycloakBuilder.builder().serverUrl(properties.serverUrl()).realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(properties.clientId())
                .clientSecret(properties.clientSecret()).resteasyClient(http).build();
    }

    @Override
    public String create(NewPartnerClient client) {
        requireConfigured();
        String id;
        try (Response response = clients().create(representation(client))) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new PartnerClientTakenException(client.clientId());
            }
            id = CreatedResponseUtil.getCreatedId(response);
        } catch (PartnerClientTakenException taken) {
            throw taken;
        } catch (RuntimeException e) {
            throw unavailable("create client " + client.clientId(), e);
        }
        try {
            return client.jwksUrl() == null ? clients().get(id).getSecret().getValue() : null;
        } catch (RuntimeException e) {
            deleteById(id, client.clientId());
            throw unavailable("read the new secret of client " + client.clientId(), e);
        }
    }

    @Override
    public String regenerateSecret(String clientId) {
        requireConfigured();
        try {
            ClientRepresentation client = find(clientId)
                    .orElseThrow(() -> new IllegalStateException("Keycloak has no client " + clientId));
            return clients().get(client.getId()).generateNewSecret().getValue();
        } catch (RuntimeException e) {
            throw unavailable("regenerate the secret of client " + clientId, e);
        }
    }

    @Override
    public void disable(String clientId) {
        requireConfigured();
        try {
            var found = find(clientId);
            if (found.isEmpty()) {
                log.warn("Keycloak has no client {} to disable; nothing to do", clientId);
                return;
            }
            ClientRepresentation current = found.get();
            if (Boolean.FALSE.equals(current.isEnabled())) {
                return;
            }
            current.setEnabled(false);
            clients().get(current.getId()).update(current);
        } catch (RuntimeException e) {
            throw unavailable("disable client " + clientId, e);
        }
    }

    @Override
    public void delete(String clientId) {
        requireConfigured();
        try {
            find(clientId).ifPresent(found -> clients().get(found.getId()).remove());
        } catch (RuntimeException e) {
            throw unavailable("delete client " + clientId, e);
        }
    }

    @Override
    public void destroy() {
        keycloak.close();
    }

    private Optional<ClientRepresentation> find(String clientId) {
        return clients().findByClientId(clientId).stream().filter(c -> clientId.equals(c.getClientId())).findFirst();
    }

    private void deleteById(String id, String clientId) {
        try {
            clients().get(id).remove();
        } catch (RuntimeException e) {
            log.error("Client {} was created in Keycloak but could not be set up or deleted again; delete it in the "
                    + "admin console", clientId, e);
        }
    }

    private ClientsResource clients() {
        return keycloak.realm(properties.realm()).clients();
    }

    private void requireConfigured() {
        if (properties.clientSecret().isBlank()) {
            throw new PartnerClientsUnavailableException("referral-service has no Keycloak admin client secret "
                    + "(stepwise.keycloak-admin.client-secret, env STEPWISE_REFERRAL_KEYCLOAK_SECRET)", null);
        }
    }

    private PartnerClientsUnavailableException unavailable(String what, RuntimeException cause) {
        log.warn("Keycloak at {} could not {}: {}", properties.serverUrl(), what, cause.toString());
        return new PartnerClientsUnavailableException("The identity provider could not " + what
                + "; try again later", cause);
    }

    static ClientRepresentation representation(NewPartnerClient partner) {
        var client = new ClientRepresentation();
        client.setClientId(partner.clientId());
        client.setName(partner.name());
        client.setDescription("Referral partner " + partner.partnerId() + ", onboarded through the Stepwise API");
        client.setEnabled(true);
        client.setProtocol(OIDC);
        client.setPublicClient(false);
        client.setBearerOnly(false);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFullScopeAllowed(true);
        var attributes = new HashMap<String, String>();
        attributes.put("access.token.lifespan", TOKEN_LIFESPAN_SECONDS);
        if (partner.jwksUrl() == null) {
            client.setClientAuthenticatorType("client-secret");
        } else {
            client.setClientAuthenticatorType("client-jwt");
            attributes.put("use.jwks.url", "true");
            attributes.put("jwks.url", partner.jwksUrl());
        }
        client.setAttributes(attributes);
        client.setProtocolMappers(List.of(
                mapper("stepwise-api audience", "oidc-audience-mapper", Map.of(
                        "included.custom.audience", StepwiseSecurityProperties.DEFAULT_AUDIENCE,
                        "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true")),
                mapper("partner_id", "oidc-hardcoded-claim-mapper", Map.of(
                        "claim.name", "partner_id", "claim.value", partner.partnerId(), "jsonType.label", "String",
                        "access.token.claim", "true", "id.token.claim", "false", "userinfo.token.claim", "false",
                        "introspection.token.claim", "true")),
                mapper(RealmRoles.REFERRAL_PARTNER + " role", "oidc-hardcoded-role-mapper", Map.of(
                        "role", RealmRoles.REFERRAL_PARTNER))));
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String name, String type, Map<String, String> config) {
        var mapper = new ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol(OIDC);
        mapper.setProtocolMapper(type);
        mapper.setConfig(config);
        return mapper;
    }
}
