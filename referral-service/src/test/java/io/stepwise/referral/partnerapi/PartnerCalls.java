package io.stepwise.referral.partnerapi;

import io.stepwise.referral.partner.domain.Partner;
import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;
import io.stepwise.testkit.TestIdentityProvider;

/** Partner API calls on a service under test, with a token minted for one partner. */
record PartnerCalls(Api api, String token) {

    static PartnerCalls as(int port, Partner partner) {
        return new PartnerCalls(Api.atPort(port), TestIdentityProvider.shared().partner(partner.id()));
    }

    Api.Call get(String path) {
        return api.get(path).bearer(token);
    }

    Api.Call post(String path, String json) {
        return api.post(path, json).bearer(token);
    }

    Api.Call method(String method, String path, String json) {
        return api.method(method, path, json).bearer(token);
    }

    /** Any method, with a JSON body or none (null), under a given correlation id (to compare answers byte for byte). */
    ApiResponse send(String method, String path, String json, String correlationId) {
        var call = json == null ? api.method(method, path) : api.method(method, path, json);
        return call.bearer(token).header("X-Correlation-Id", correlationId).send();
    }
}
