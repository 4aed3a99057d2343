package io.stepwise.referral.egress;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbound-URL policy; {@code stepwise.outbound.allow-loopback-http=true} only on the local platform. */
@Configuration(proxyBeanMethods = false)
class EgressConfiguration {

    @Bean
    OutboundUrlPolicy outboundUrlPolicy(@Value("${stepwise.outbound.allow-loopback-http:false}") boolean loopback) {
        return new OutboundUrlPolicy(loopback);
    }
}
