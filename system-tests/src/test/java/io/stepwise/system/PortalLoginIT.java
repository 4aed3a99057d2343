package io.stepwise.system;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/** A person in a real browser: Keycloak's login page, the portal shell, and a logout that really ends the session. */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class PortalLoginIT {

    private static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void openBrowser(com.microsoft.playwright.Browser shared) {
        browser = shared;
    }


    @Test
    void aClinicianLogsInSeesTheirNameAndRolesAndLogsOut() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.newPage(context);
            page.navigate(RunningPlatform.GATEWAY + "/");

            assertThat(page).hasURL(java.util.regex.Pattern.compile("^http://localhost:8180/realms/stepwise/.*"));
            PortalSession.logIn(page, "clinician", "clinician");

            assertThat(page).hasURL(RunningPlatform.GATEWAY + "/");
            assertThat(page.locator(".user-name")).hasText("Casey Clinician");
            assertThat(page.locator(".user-roles")).hasText("clinician");
            assertThat(page.locator(".disclaimer")).containsText("not medical advice");

            page.getByText("Log out").click();

            // Back at the portal, which sends us to Keycloak, which must ask again: its session is gone too.
            assertThat(page.locator("#username")).isVisible();
            assertThat(page).hasURL(java.util.regex.Pattern.compile("^http://localhost:8180/realms/stepwise/.*"));
            page.navigate(RunningPlatform.GATEWAY + "/");
            assertThat(page.locator("#username")).isVisible();
        }
    }

    @Test
    void theSessionCarriesTheUsersTokenToTheServicesAndTheRoleRulesStillHold() {
        try (BrowserContext context = browser.newContext()) {
            Page page = loggedIn(context, "coordinator", "care-coordinator");

            assertThat(statusOf(page, "/api/plans?patientId=p1")).isEqualTo(200);
            assertThat(statusOf(page, "/partner-api/v1/referrals")).isEqualTo(403);
            assertThat(statusOfPost(page, "/api/catalog/treatments", true)).as("a coordinator may not write the catalog")
                    .isEqualTo(403);
        }
    }

    @Test
    void theContentSecurityPolicyLetsThePortalRunButNoInjectedInlineScript() {
        try (BrowserContext context = browser.newContext()) {
            Page page = loggedIn(context, "clinician", "clinician");
            var response = page.reload(); // a document load, with the page's headers
            String policy = response.headers().get("content-security-policy");
            assertThat(policy).contains("script-src 'self' 'sha256-").contains("object-src 'none'")
                    .contains("frame-ancestors 'none'");
            assertThat(page.locator("main h1")).hasText("Patients");

            // The browser reports each refusal as a securitypolicyviolation event: wait for both, then look.
            @SuppressWarnings("unchecked")
            var seen = (Map<String, Object>) page.evaluate("""
                    () => new Promise(done => {
                      const refused = [];
                      document.addEventListener('securitypolicyviolation', event => {
                        refused.push(event.effectiveDirective);
                        if (refused.length === 2) {
                          done({ refused, ran: window.injected === true });
                        }
                      });
                      const script = document.createElement('script');
                      script.textContent = 'window.injected = true';
                      document.body.append(script);
                      const image = document.createElement('img');
                      image.setAttribute('onerror', 'window.injected = true');
                      image.src = 'data:,';
                      document.body.append(image);
                    })""");
            assertThat((List<String>) seen.get("refused")).allMatch(directive -> directive.startsWith("script-src"));
            assertThat(seen.get("ran")).as("an injected inline script or handler runs").isEqualTo(false);
        }
    }

    @Test
    void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
        try (BrowserContext context = browser.newContext()) {
            Page page = loggedIn(context, "clinic-admin", "clinic-admin");

            assertThat(statusOfPost(page, "/api/catalog/treatments", false)).isEqualTo(403);
            assertThat(statusOfPost(page, "/api/catalog/treatments", true)).isNotEqualTo(403);
        }
    }

    @Test
    void aTreatmentPublishedThroughTheGatewayReachesPlanServicesReplica() {
        try (BrowserContext context = browser.newContext()) {
            Page page = loggedIn(context, "clinic-admin", "clinic-admin");
            String id = "system-" + java.util.UUID.randomUUID().toString().substring(0, 8);
            String body = """
                    {"id":"%s","name":"System test TENS unit","category":"PHYSICAL_THERAPY","kind":"modality",
                     "mode":"PASSIVE","invasiveness":"NONE","deliveredBy":["PHYSICAL_THERAPIST"],"sideEffects":[],
                     "flags":{"requiresMonitoring":false,"controlledSubstance":false,"requiresRiskBenefitDiscussion":false,
                              "requiresPhysicianClearance":false,"homeExerciseProgram":false}}""".formatted(id);

            assertThat(statusOfPost(page, "/api/catalog/treatments", true, body)).isEqualTo(201);
            assertThat(statusOfPost(page, "/api/catalog/treatments/" + id + "/publish", true, "", "*")).isEqualTo(200);

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> statusOf(page, "/api/plans/catalog/treatments/" + id) == 200);
        }
    }

    private static Page loggedIn(BrowserContext context, String username, String role) {
        return PortalSession.loggedIn(context, username, role);
    }

    private static int statusOf(Page page, String path) {
        return ((Number) page.evaluate("path => fetch(path).then(r => r.status)", path)).intValue();
    }

    private static int statusOfPost(Page page, String path, boolean withCsrf) {
        return statusOfPost(page, path, withCsrf, "{}");
    }

    private static int statusOfPost(Page page, String path, boolean withCsrf, String body) {
        return statusOfPost(page, path, withCsrf, body, null);
    }

    private static int statusOfPost(Page page, String path, boolean withCsrf, String body, String ifMatch) {
        return ((Number) page.evaluate("""
                ([path, withCsrf, body, ifMatch]) => {
                  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
                  const headers = { 'Content-Type': 'application/json' };
                  if (withCsrf && cookie) headers['X-XSRF-TOKEN'] = decodeURIComponent(cookie.substring(11));
                  if (ifMatch) headers['If-Match'] = ifMatch;
                  return fetch(path, { method: 'POST', headers, body }).then(r => r.status);
                }""", new Object[] {path, withCsrf, body, ifMatch})).intValue();
    }
}
