package io.stepwise.referral.partner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An identity provider in memory, standing in for Keycloak behind {@link PartnerClients} in service tests (the real
 * adapter is covered by the system test): it keeps the clients it was asked to create, their secrets and whether
 * they are enabled, records every call, and can be told to fail the next call of a kind.
 */
class RecordingPartnerClients implements PartnerClients {

    /** A client as the fake holds it. */
    record Client(NewPartnerClient request, String secret, boolean enabled) {
    }

    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, RuntimeException> failNext = new ConcurrentHashMap<>();
    private volatile Consumer<NewPartnerClient> afterCreate = client -> { };

    @Override
    public String create(NewPartnerClient client) {
        calls.add("create " + client.clientId());
        failIfTold("create");
        if (clients.containsKey(client.clientId())) {
            throw new PartnerClientTakenException(client.clientId());
        }
        String secret = client.jwksUrl() == null ? "secret-" + UUID.randomUUID() : null;
        clients.put(client.clientId(), new Client(client, secret, true));
        afterCreate.accept(client);
        return secret;
    }

    @Override
    public String regenerateSecret(String clientId) {
        calls.add("regenerateSecret " + clientId);
        failIfTold("regenerateSecret");
        String secret = "secret-" + UUID.randomUUID();
        clients.computeIfPresent(clientId, (id, client) -> new Client(client.request(), secret, client.enabled()));
        return secret;
    }

    @Override
    public void disable(String clientId) {
        calls.add("disable " + clientId);
        failIfTold("disable");
        clients.computeIfPresent(clientId, (id, client) -> new Client(client.request(), client.secret(), false));
    }

    @Override
    public void delete(String clientId) {
        calls.add("delete " + clientId);
        failIfTold("delete");
        clients.remove(clientId);
    }

    /** The next call of this kind ({@code create}, {@code regenerateSecret}, {@code disable}, {@code delete}) fails. */
    void failNext(String call, RuntimeException failure) {
        failNext.put(call, failure);
    }

    /** Runs after the next successful create, e.g. to make the partner's save fail. */
    void afterNextCreate(Consumer<NewPartnerClient> action) {
        afterCreate = client -> {
            afterCreate = ignored -> { };
            action.accept(client);
        };
    }

    /** A client that exists already, as if made by hand in the admin console. */
    void existing(String clientId) {
        clients.put(clientId, new Client(new NewPartnerClient(clientId, clientId, "elsewhere", null), "x", true));
    }

    Client client(String clientId) {
        return clients.get(clientId);
    }

    /** Every call made for this client id, in order, e.g. {@code ["create partner-x", "delete partner-x"]}. */
    List<String> callsFor(String clientId) {
        synchronized (calls) {
            return calls.stream().filter(call -> call.endsWith(" " + clientId)).toList();
        }
    }

    private void failIfTold(String call) {
        RuntimeException failure = failNext.remove(call);
        if (failure != null) {
            throw failure;
        }
    }
}
