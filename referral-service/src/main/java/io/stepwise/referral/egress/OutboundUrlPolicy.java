package io.stepwise.referral.egress;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Which URLs the platform will call on a partner's behalf (its webhook receiver) or hand to Keycloak to call (its
 * JWKS): https to a public address only, so a partner cannot make the platform reach into the clinic's own network
 * (SSRF). The check runs when the URL is registered and again on every delivery, against the addresses the name
 * resolves to then (a name may be re-pointed). The local platform may also allow plain http to loopback
 * ({@code allowLoopbackHttp}), for receivers on the same machine.
 */
public final class OutboundUrlPolicy {

    private static final int MAX_LENGTH = 2000;

    private final boolean allowLoopbackHttp;
    private final HostResolver resolver;

    public OutboundUrlPolicy(boolean allowLoopbackHttp, HostResolver resolver) {
        this.allowLoopbackHttp = allowLoopbackHttp;
        this.resolver = resolver;
    }

    public OutboundUrlPolicy(boolean allowLoopbackHttp) {
        this(allowLoopbackHttp, host -> List.of(InetAddress.getAllByName(host)));
    }

    /**
     * Checks a URL and the addresses its host resolves to now.
     *
     * @return the URL, parsed
     * @throws RefusedUrlException why the URL may not be called: not absolute, not https (or http to loopback where
     *                             allowed), with user info, or resolving to a loopback, private, link-local, site-local,
     *                             multicast or unspecified address (or not resolving at all)
     */
    public URI check(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
            throw new RefusedUrlException("must be an absolute https URL of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new RefusedUrlException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RefusedUrlException("must be an absolute URL with a host, without user info or fragment");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopbackHttp)) {
            throw new RefusedUrlException(allowLoopbackHttp ? "must use https (http only to this machine)"
                    : "must use https");
        }
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65_535)) {
            throw new RefusedUrlException("has no valid port: " + uri.getPort());
        }
        List<InetAddress> addresses = resolve(IDN.toASCII(uri.getHost()));
        boolean allLoopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (allowLoopbackHttp && allLoopback) {
            return uri;
        }
        if (scheme.equals("http")) {
            throw new RefusedUrlException("must use https (http only to this machine)");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new RefusedUrlException("resolves to " + address.getHostAddress()
                        + ", a loopback, private or otherwise internal address");
            }
        }
        return uri;
    }

    private List<InetAddress> resolve(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            List<InetAddress> addresses = resolver.resolve(bare);
            if (addresses.isEmpty()) {
                throw new RefusedUrlException("has a host that does not resolve: " + host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new RefusedUrlException("has a host that does not resolve: " + host);
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 100.64/10 carrier-grade NAT, 0/8 "this network", 192.0.0/24 protocol assignments, 198.18/15 benchmarks,
            // 240/4 reserved: none is a partner's public receiver.
            return !(first == 0 || (first == 100 && second >= 64 && second < 128)
                    || (first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240);
        }
        // IPv6 unique local fc00::/7; an IPv4-mapped address is judged as the IPv4 one by InetAddress already.
        if ((bytes[0] & 0xfe) == 0xfc) {
            return false;
        }
        byte[] embedded = embeddedIpv4(bytes);
        if (embedded != null) {
            try {
                return isPublic(InetAddress.getByAddress(embedded));
            } catch (java.net.UnknownHostException impossible) {
                return false;
            }
        }
        return true;
    }

    /**
     * The IPv4 address an IPv6 one carries and a gateway may route to: IPv4-compatible {@code ::/96}, NAT64
     * {@code 64:ff9b::/96} and 6to4 {@code 2002::/16}; else null.
     */
    private static byte[] embeddedIpv4(byte[] ipv6) {
        boolean compatible = true;
        for (int i = 0; i < 12; i++) {
            compatible &= ipv6[i] == 0;
        }
        boolean nat64 = (ipv6[0] & 0xff) == 0x00 && (ipv6[1] & 0xff) == 0x64 && (ipv6[2] & 0xff) == 0xff
                && (ipv6[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = ipv6[i] == 0;
        }
        if (compatible || nat64) {
            return java.util.Arrays.copyOfRange(ipv6, 12, 16);
        }
        if ((ipv6[0] & 0xff) == 0x20 && (ipv6[1] & 0xff) == 0x02) {
            return java.util.Arrays.copyOfRange(ipv6, 2, 6);
        }
        return null;
    }

    /** Resolves a host name to its addresses (the JDK's resolver; a test may script it). */
    @FunctionalInterface
    public interface HostResolver {

        List<InetAddress> resolve(String host) throws UnknownHostException;
    }
}
