package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/** A demo user's portal session in a real browser: Keycloak's login form, then the gateway's session and CSRF cookie. */
final class PortalSession {

    private PortalSession() {
    }

    /** A page of the portal after logging in as a demo user (whose password is its user name). */
    static Page loggedIn(BrowserContext context, String username, String role) {
        Page page = newPage(context);
        page.navigate(RunningPlatform.GATEWAY + "/");
        logIn(page, username, username);
        // The portal loads its modules and asks who is logged in: seconds on a busy 2-core machine.
        assertThat(page.locator(".user-roles")).hasText(role, new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        return page;
    }

    /**
     * A page that waits up to 90 s for a navigation: the first login page Keycloak renders on a busy 2-core machine
     * (templates compiled on first use, four services starting) has been seen to take over 30 s.
     */
    static Page newPage(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultNavigationTimeout(90_000);
        return page;
    }

    static void logIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** The CSRF token the gateway set in the XSRF-TOKEN cookie, to echo as X-XSRF-TOKEN. */
    static String csrfToken(BrowserContext context) {
        return context.cookies(RunningPlatform.GATEWAY).stream().filter(cookie -> cookie.name.equals("XSRF-TOKEN"))
                .map(cookie -> java.net.URLDecoder.decode(cookie.value, java.nio.charset.StandardCharsets.UTF_8))
                .findFirst().orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie in the session"));
    }
}
