package io.stepwise.referral.partner;

/**
 * The partners' OAuth2 clients at the identity provider (Keycloak in every deployment; a recording fake in service
 * tests). Every method either does all it says or throws; none leaves half a client behind.
 */
public interface PartnerClients {

    /**
     * Creates a partner's confidential, client-credentials-only client whose tokens carry the {@code referral-partner}
     * role, {@code partner_id} and the {@code stepwise-api} audience.
     *
     * @return the client's secret, or null for a client that authenticates with signed JWTs ({@code jwksUrl} set)
     * @throws PartnerClientTakenException        when a client with this client id exists already
     * @throws PartnerClientsUnavailableException when the identity provider failed or could not be reached; no
     *                                            client is left behind
     */
    String create(NewPartnerClient client);

    /**
     * Replaces the client's secret; the old one stops working at once (tokens already issued live on until they
     * expire, or until the partner is deactivated).
     *
     * @return the new secret
     * @throws PartnerClientsUnavailableException when the identity provider failed, or has no such client
     */
    String regenerateSecret(String clientId);

    /**
     * Disables the client: it gets no more tokens. Disabling a disabled or missing client changes nothing.
     *
     * @throws PartnerClientsUnavailableException when the identity provider failed
     */
    void disable(String clientId);

    /**
     * Deletes the client (undoing {@link #create} when the partner could not be saved). Deleting a missing client
     * changes nothing.
     *
     * @throws PartnerClientsUnavailableException when the identity provider failed
     */
    void delete(String clientId);

    /**
     * What the identity provider needs to know of a new partner's client.
     *
     * @param clientId  {@code partner-<slug of the name>}
     * @param name      the partner's name, shown in the identity provider's console
     * @param partnerId the value of the {@code partner_id} claim in every token the client gets
     * @param jwksUrl   null for a client that authenticates with a secret; else where its public keys are
     */
    record NewPartnerClient(String clientId, String name, String partnerId, String jwksUrl) {
    }
}
