package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;

/**
 * Partner administration in a real browser: a clinic admin onboards a partner with a client secret (shown once, with
 * a copy button; gone after leaving the page), sets its webhook URL, rotates its secret, reads and resends its webhook
 * deliveries and deactivates it; onboards a partner that signs JWTs with keys at a JWKS URL (no client secret); a
 * clinician has no partner administration. The partner's side (webhook receiver, JWKS) runs here on loopback http, as
 * the local platform allows.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class PartnerScreensIT {

    private static com.microsoft.playwright.Browser browser;
    private static StaffSessions staff;
    private static HttpServer partnerSide;
    private static final List<String> receivedWebhookIds = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start(com.microsoft.playwright.Browser shared) throws IOException {
        partnerSide = partnerSide();
        browser = shared;
        staff = new StaffSessions(browser, null);
    }

    @AfterAll
    static void close() {
        if (staff != null) {
            staff.close();
        }
        if (partnerSide != null) {
            partnerSide.stop(0);
        }
    }

    @Test
    void aClinicAdminOnboardsAPartnerWithASecretLooksAfterItAndDeactivatesIt() {
        String name = "Screens Acupuncture " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = browser.newContext()) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");

            mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Partners")).click();
            assertThat(heading(page)).hasText("Partners");
            assertThat(page.locator("table.partner-table")).containsText("Demo psychology practice");
            PortalScreens.checkAndCapture(page, "partners");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Onboard a partner")).click();
            assertThat(heading(page)).hasText("Onboard a partner");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            page.getByLabel("Acupuncturist").check();
            page.getByLabel("Webhook URL", new Page.GetByLabelOptions().setExact(true)).fill(partnerUrl("/webhooks"));
            PortalScreens.checkAndCapture(page, "partner-onboard");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onboard partner")).click();

            assertThat(heading(page)).hasText(name + " is onboarded");
            assertThat(page.locator(".secret-warning")).containsText("only this once");
            String clientSecret = secretShown(page, "Client secret");
            assertThat(clientSecret).isNotBlank();
            assertThat(secretShown(page, "Webhook secret")).startsWith("whsec_");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy client secret")).click();
            assertThat(secretValue(page, "Client secret").getByText("Copied")).isVisible();
            assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(clientSecret);
            PortalScreens.checkAndCapture(page, "partner-secret-once");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the partner's page")).click();
            assertThat(heading(page)).hasText(name);
            String partnerId = page.url().replaceAll("^.*#/partners/", "");
            assertThat(page.locator("main")).not().containsText(clientSecret);
            page.goBack();
            assertThat(heading(page)).hasText("Onboard a partner");
            assertThat(page.getByText(clientSecret)).hasCount(0);
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("");

            page.navigate(RunningPlatform.GATEWAY + "/#/partners/" + partnerId);
            assertThat(heading(page)).hasText(name);
            Locator webhookUrl = page.getByLabel("Webhook URL", new Page.GetByLabelOptions().setExact(true));
            assertThat(webhookUrl).hasValue(partnerUrl("/webhooks"));
            webhookUrl.fill(partnerUrl("/webhooks-moved"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save webhook URL")).click();
            assertThat(page.locator(".partner-notice")).containsText("Webhook URL saved");
            assertThat(page.locator(".partner-facts")).containsText(partnerUrl("/webhooks-moved"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rotate client secret")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rotate now")).click();
            String rotated = secretShown(page, "New client secret");
            assertThat(rotated).isNotBlank().isNotEqualTo(clientSecret);
            PortalScreens.checkAndCapture(page, "partner-detail");

            String webhookId = assignAReferralTo(partnerId);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhook deliveries")).click();
            assertThat(heading(page)).hasText("Webhook deliveries to " + name);
            page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption("DELIVERED");
            assertThat(page).hasURL(Pattern.compile(".*#/partners/" + BrowserPatterns.literal(partnerId)
                    + "/deliveries\\?status=DELIVERED$"));
            Locator delivery = page.locator("li.delivery", new Page.LocatorOptions().setHasText(webhookId));
            assertThat(delivery).containsText("referral.assigned");
            assertThat(delivery.locator("h2")).containsText("Delivered");
            assertThat(delivery.locator("table.attempts tbody tr").first()).containsText("HTTP 204");
            PortalScreens.checkAndCapture(page, "webhook-deliveries");

            delivery.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resend")).click();
            assertThat(delivery.locator(".resend-note")).containsText("Resent");
            await().atMost(Duration.ofSeconds(30)).until(() -> receivedWebhookIds.stream()
                    .filter(webhookId::equals).count() >= 2);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
            assertThat(heading(page)).hasText(name);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate partner")).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, deactivate")).click();
            assertThat(page.locator(".partner-notice")).containsText("is deactivated");
            assertThat(page.locator("#partner-facts-title")).containsText("Deactivated");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rotate client secret")))
                    .hasCount(0);
        }
    }

    @Test
    void aPartnerSigningWithItsOwnKeysGetsNoClientSecret() {
        String name = "Screens Jwks Dietetics " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");
            page.navigate(RunningPlatform.GATEWAY + "/#/partners/new");
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            page.getByLabel("Dietitian").check();
            page.getByLabel("Webhook URL", new Page.GetByLabelOptions().setExact(true)).fill(partnerUrl("/webhooks"));
            page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("With JWTs signed by its own keys"))
                    .check();
            page.getByLabel("JWKS URL", new Page.GetByLabelOptions().setExact(true)).fill(partnerUrl("/jwks.json"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Onboard partner")).click();

            assertThat(heading(page)).hasText(name + " is onboarded");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy client id")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy client secret")))
                    .hasCount(0);
            assertThat(page.locator("main")).containsText("No client secret");
            assertThat(secretShown(page, "Webhook secret")).startsWith("whsec_");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the partner's page")).click();
            assertThat(page.locator(".partner-facts")).containsText("Signed JWT");
            assertThat(page.locator(".partner-facts")).containsText(partnerUrl("/jwks.json"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rotate client secret")))
                    .hasCount(0);
        }
    }

    @Test
    void aClinicianHasNoPartnerAdministration() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinician", "clinician");
            assertThat(mainNavigation(page).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Referrals"))).isVisible();
            assertThat(mainNavigation(page).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Partners"))).hasCount(0);

            page.navigate(RunningPlatform.GATEWAY + "/#/partners/new");
            assertThat(heading(page)).hasText("Not part of your role");
            assertThat(page.getByLabel("Webhook URL")).hasCount(0);
        }
    }

    private static Locator mainNavigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** One credential on the page (its label, its value and its copy button). */
    private static Locator secretValue(Page page, String label) {
        return page.locator("secret-value").filter(new Locator.FilterOptions()
                .setHas(page.locator(".secret-label", new Page.LocatorOptions().setHasText(
                        Pattern.compile("^" + BrowserPatterns.literal(label) + "$")))));
    }

    private static String secretShown(Page page, String label) {
        Locator value = secretValue(page, label).locator("code.secret");
        assertThat(value).isVisible();
        return value.textContent().strip();
    }

    private static String partnerUrl(String path) {
        return "http://127.0.0.1:" + partnerSide.getAddress().getPort() + path;
    }

    /**
     * A new acupuncture referral given to the partner (by the platform, when it is the only active partner offering
     * acupuncture, or else by a coordinator); out: the webhook-id of the referral.assigned notice, once the partner's
     * receiver got it and the delivery log shows it DELIVERED.
     */
    private static String assignAReferralTo(String partnerId) {
        var coordinator = staff.loggedIn("coordinator", "care-coordinator");
        var admin = staff.loggedIn("clinic-admin", "clinic-admin");
        String mrn = "PARTNER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var patient = coordinator.post("/api/patients", """
                {"mrn":"%s","givenName":"Ines","familyName":"Ortega","birthDate":"1966-11-30"}""".formatted(mrn));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        var plan = coordinator.post("/api/plans", """
                {"patientId":"%s","title":"Chronic neck pain","treatingPhysician":"clinician"}"""
                .formatted(patient.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        var requested = coordinator.post("/api/plans/" + plan.json().get("id").asString() + "/referrals", """
                {"specialty":"ACUPUNCTURIST","reason":"Adjunct for chronic neck pain","priority":"ROUTINE"}""",
                plan.etag());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String referral = "/api/referrals/" + requested.json().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> coordinator.get(referral).status() == 200);

        var read = coordinator.get(referral);
        if (read.json().get("partnerId").isNull()) {
            var assigned = coordinator.post(referral + "/assign", "{\"partnerId\":\"" + partnerId + "\"}", read.etag());
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        } else {
            assertThat(read.json().get("partnerId").asString()).isEqualTo(partnerId);
        }

        String deliveries = "/api/partners/" + partnerId + "/webhook-deliveries?status=DELIVERED";
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(deliveries).json().get("content").size() > 0);
        return admin.get(deliveries).json().get("content").get(0).get("webhookId").asString();
    }

    /** The partner's side on loopback: its JWKS (no keys needed here) and a webhook receiver that takes everything. */
    private static HttpServer partnerSide() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/jwks.json", exchange -> {
            byte[] body = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
                if (webhookId != null) {
                    receivedWebhookIds.add(webhookId);
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
        return server;
    }
}
