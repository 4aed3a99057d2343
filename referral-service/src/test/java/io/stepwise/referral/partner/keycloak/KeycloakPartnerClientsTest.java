package io.stepwise.referral.partner.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;

import io.stepwise.referral.partner.PartnerClients.NewPartnerClient;

/**
 * The client representation sent to Keycloak's admin API (the calls themselves are covered against the real Keycloak by
 * system-tests' PartnerOnboardingIT): confidential, client credentials only, 300-second tokens for stepwise-api with
 * the partner role and id, and Keycloak's "Signed JWT" authenticator when the partner has a JWKS.
 */
class KeycloakPartnerClientsTest {

    @ParameterizedTest(name = "jwksUrl {0} → {1}")
    @CsvSource(nullValues = "none", textBlock = """
            none,                                      client-secret
            https://keys.lakeside.test/jwks.json,      client-jwt
            """)
    void aPartnersClientIsConfidentialForClientCredentialsOnly(String jwksUrl, String authenticator) {
        ClientRepresentation client = KeycloakPartnerClients.representation(
                new NewPartnerClient("partner-lakeside", "Lakeside", "0197-partner", jwksUrl));

        assertThat(client.getClientId()).isEqualTo("partner-lakeside");
        assertThat(client.getName()).isEqualTo("Lakeside");
        assertThat(client.isEnabled()).isTrue();
        assertThat(client.isPublicClient()).isFalse();
        assertThat(client.isBearerOnly()).isFalse();
        assertThat(client.isServiceAccountsEnabled()).isTrue();
        assertThat(client.isStandardFlowEnabled()).isFalse();
        assertThat(client.isImplicitFlowEnabled()).isFalse();
        assertThat(client.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(client.getSecret()).isNull();
        assertThat(client.getClientAuthenticatorType()).isEqualTo(authenticator);
        assertThat(client.getAttributes()).containsEntry("access.token.lifespan", "300");
        if (jwksUrl == null) {
            assertThat(client.getAttributes()).doesNotContainKeys("use.jwks.url", "jwks.url");
        } else {
            assertThat(client.getAttributes()).containsEntry("use.jwks.url", "true").containsEntry("jwks.url", jwksUrl);
        }
    }

    @ParameterizedTest(name = "mapper {0}: {1} = {2}")
    @CsvSource(textBlock = """
            oidc-audience-mapper,         included.custom.audience, stepwise-api
            oidc-hardcoded-claim-mapper,  claim.name,               partner_id
            oidc-hardcoded-claim-mapper,  claim.value,              0197-partner
            oidc-hardcoded-claim-mapper,  access.token.claim,       true
            oidc-hardcoded-role-mapper,   role,                     referral-partner
            """)
    void itsTokensCarryTheAudienceThePartnerIdAndThePartnerRole(String mapper, String key, String value) {
        Map<String, ProtocolMapperRepresentation> mappers = KeycloakPartnerClients.representation(
                new NewPartnerClient("partner-lakeside", "Lakeside", "0197-partner", null)).getProtocolMappers()
                .stream().collect(Collectors.toMap(ProtocolMapperRepresentation::getProtocolMapper, m -> m));

        assertThat(mappers).containsOnlyKeys("oidc-audience-mapper", "oidc-hardcoded-claim-mapper",
                "oidc-hardcoded-role-mapper");
        assertThat(mappers.get(mapper).getProtocol()).isEqualTo("openid-connect");
        assertThat(mappers.get(mapper).getConfig()).containsEntry(key, value);
    }
}
