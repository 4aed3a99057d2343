package io.stepwise.referral.partner;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import io.stepwise.referral.egress.OutboundUrlPolicy;

/**
 * Service tests of partners: Keycloak replaced by {@link RecordingPartnerClients}, and the outbound-URL policy (as
 * deployed: https to public addresses only) resolving a few scripted names instead of asking DNS.
 */
@TestConfiguration(proxyBeanMethods = false)
class PartnerTestDoubles {

    /** Public (TEST-NET-3) and internal addresses the tests' host names resolve to. */
    static final Map<String, String> HOSTS = Map.of(
            "hooks.lakeside.test", "203.0.113.10",
            "keys.lakeside.test", "203.0.113.11",
            "intranet.clinic.test", "10.1.2.3");

    @Bean
    @Primary
    RecordingPartnerClients recordingPartnerClients() {
        return new RecordingPartnerClients();
    }

    @Bean
    @Primary
    OutboundUrlPolicy scriptedOutboundUrlPolicy() {
        return new OutboundUrlPolicy(false, PartnerTestDoubles::resolve);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.matches("[0-9.]+") || host.contains(":")) {
            return List.of(InetAddress.getByName(host));
        }
        String address = HOSTS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByAddress(host, InetAddress.getByName(address).getAddress()));
    }
}
