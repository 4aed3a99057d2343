package io.stepwise.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;

/**
 * Logged-in portal sessions of the demo staff users, for tests that call the staff API the way the portal does
 * (through the gateway's session, with its CSRF token). One browser for all; {@link #close()} ends everything.
 */
final class StaffSessions implements AutoCloseable {

    private final com.microsoft.playwright.Browser browser;
    private final List<BrowserContext> sessions = new ArrayList<>();
    private final Path transcript;

    /**
     * @param browser    the run's browser ({@link SharedBrowser}); each session is a context of its own
     * @param transcript where each session's requests and answers are written; null for none
     */
    StaffSessions(com.microsoft.playwright.Browser browser, Path transcript) {
        this.browser = browser;
        this.transcript = transcript;
    }

    /** A new session of {@code user}, logged in through Keycloak; {@code role} is what the portal shows for them. */
    StaffApi loggedIn(String user, String role) {
        var session = browser.newContext();
        sessions.add(session);
        PortalSession.loggedIn(session, user, role);
        return new StaffApi(session, user, transcript);
    }

    @Override
    public void close() {
        sessions.forEach(BrowserContext::close);
    }
}
