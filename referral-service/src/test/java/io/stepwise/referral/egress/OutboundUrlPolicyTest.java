package io.stepwise.referral.egress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which URLs the platform calls for a partner: https to public addresses; locally also http to loopback. */
class OutboundUrlPolicyTest {

    /** Scripted names, so no test depends on this machine's DNS. */
    private static final Map<String, String> NAMES = Map.of("hooks.partner.example", "93.184.216.34",
            "intranet.clinic.example", "10.1.2.3", "sneaky.example", "127.0.0.1");

    private static final OutboundUrlPolicy.HostResolver RESOLVER = host -> {
        String address = NAMES.getOrDefault(host, host);
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    };

    @ParameterizedTest(name = "{0} (loopback http allowed: {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            https://hooks.partner.example/stepwise        | false | ok
            https://93.184.216.34:8443/hook               | false | ok
            http://hooks.partner.example/stepwise         | false | must use https
            ftp://hooks.partner.example/x                 | false | must use https
            https://intranet.clinic.example/x             | false | internal address
            https://sneaky.example/x                      | false | internal address
            https://127.0.0.1/x                           | false | internal address
            https://[::1]/x                               | false | internal address
            https://169.254.169.254/latest/meta-data      | false | internal address
            https://100.64.0.1/x                          | false | internal address
            https://[fd00::1]/x                           | false | internal address
            https://0.0.0.0/x                             | false | internal address
            https://[64:ff9b::a00:1]/x                    | false | internal address
            https://[2002:a00:1::]/x                      | false | internal address
            https://[::a00:1]/x                           | false | internal address
            https://[64:ff9b::5db8:d822]/x                | false | ok
            https://[2001:4860:4860::8888]/x              | false | ok
            https://user:secret@hooks.partner.example/x   | false | without user info
            https://hooks.partner.example/x#frag          | false | without user info or fragment
            /relative/path                                | false | absolute URL
            https://hooks.partner.example:99999/x         | false | no valid port
            https://no-such-host.invalid/x                | false | does not resolve
            http://127.0.0.1:9911/hook                    | true  | ok
            http://sneaky.example/hook                    | true  | ok
            http://hooks.partner.example/stepwise         | true  | must use https (http only to this machine)
            http://no-such-host.invalid/x                 | true  | does not resolve
            https://intranet.clinic.example/x             | true  | internal address
            """)
    void aUrlIsCalledOnlyWhereThePolicyAllows(String url, boolean loopbackHttp, String expected) {
        var policy = new OutboundUrlPolicy(loopbackHttp, RESOLVER);
        if (expected.equals("ok")) {
            assertThat(policy.check(url)).hasToString(url);
        } else {
            assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RefusedUrlException.class)
                    .hasMessageContaining(expected.equals("internal address") ? "internal address" : expected);
        }
    }
}
