package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The referral board in a real browser: a care coordinator finds a new referral in its status column, filters the
 * board by specialty (the filter survives a reload), opens the referral and its history, cancels it with a reason and
 * finds it in the Cancelled column; a clinic admin has no referral board.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class ReferralBoardIT {

    private static final LocatorAssertions.IsVisibleOptions REFERRAL_SERVICE_TIME =
            new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    private static com.microsoft.playwright.Browser browser;
    private static StaffSessions staff;

    @BeforeAll
    static void openBrowser(com.microsoft.playwright.Browser shared) {
        browser = shared;
        staff = new StaffSessions(browser, null);
    }

    @AfterAll
    static void closeBrowser() {
        if (staff != null) {
            staff.close();
        }
    }

    @Test
    void aReferralTwoPartnersCouldTakeIsAssignedFromTheListOfActivePartners() {
        var admin = staff.loggedIn("clinic-admin", "clinic-admin");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        for (String practice : List.of("Board Surgery North " + suffix, "Board Surgery South " + suffix)) {
            var onboarded = admin.post("/api/partners", """
                    {"name":"%s","specialties":["SURGEON"],"webhookUrl":"http://127.0.0.1:9/hooks"}""".formatted(practice));
            assertThat(onboarded.status()).as(onboarded.body()).isEqualTo(201);
        }
        String referralId = requestReferral("Surgeon-" + suffix, "SURGEON");
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            page.navigate(RunningPlatform.GATEWAY + "/#/referrals/" + referralId);
            Locator partner = page.getByLabel("Partner", new Page.GetByLabelOptions().setExact(true));
            assertThat(partner.locator("option", new Locator.LocatorOptions().setHasText("Board Surgery North " + suffix)))
                    .hasCount(1);
            partner.selectOption(new SelectOption().setLabel(partner.locator("option",
                    new Locator.LocatorOptions().setHasText("Board Surgery South " + suffix)).innerText()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign partner")).click();
            assertThat(page.locator("main")).containsText("Assigned to Board Surgery South " + suffix);
        }
    }

    @Test
    void aCoordinatorFindsANewReferralFiltersOpensItAndCancelsIt() {
        String family = "Board-" + UUID.randomUUID().toString().substring(0, 6);
        String patientName = "Noor " + family;
        String referralId = requestPsychologyReferral(family);

        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            mainNavigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Referrals")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Referrals").setLevel(1)))
                    .isVisible();

            Locator card = column(page, "Requested").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(patientName));
            assertThat(card).isVisible(REFERRAL_SERVICE_TIME);
            assertThat(column(page, "Requested").locator("li", new Locator.LocatorOptions().setHasText(patientName)))
                    .containsText("Psychologist");

            Locator specialty = page.getByLabel("Specialty", new Page.GetByLabelOptions().setExact(true));
            specialty.selectOption("DIETITIAN");
            assertThat(page).hasURL(Pattern.compile(".*#/referrals\\?specialty=DIETITIAN$"));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(patientName))).hasCount(0);

            specialty.selectOption("PSYCHOLOGIST");
            assertThat(page).hasURL(Pattern.compile(".*#/referrals\\?specialty=PSYCHOLOGIST$"));
            assertThat(card).isVisible();
            page.reload();
            assertThat(page.getByLabel("Specialty", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("PSYCHOLOGIST");
            assertThat(card).isVisible();
            PortalScreens.checkAndCapture(page, "referral-board");

            card.click();
            assertThat(page).hasURL(Pattern.compile(".*#/referrals/" + BrowserPatterns.literal(referralId) + "$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Psychologist referral for " + patientName);
            Locator history = page.getByRole(AriaRole.TABLE,
                    new Page.GetByRoleOptions().setName("Each status the referral entered"));
            assertThat(history.locator("tbody tr")).hasCount(1);
            assertThat(history.locator("tbody tr").first()).containsText("Requested");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Chronic low back pain"))))
                    .hasAttribute("href", Pattern.compile("^#/plans/.+"));
            PortalScreens.checkAndCapture(page, "referral-detail");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel referral")).click();
            page.getByLabel("Reason for cancelling (optional)")
                    .fill("The patient starts with physical therapy first");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm cancellation")).click();

            assertThat(page.locator(".referral-headline")).containsText("Cancelled");
            assertThat(history.locator("tbody tr")).hasCount(2);
            assertThat(history.locator("tbody tr").last()).containsText("Cancelled");
            assertThat(history.locator("tbody tr").last()).containsText("coordinator");
            assertThat(history.locator("tbody tr").last())
                    .containsText("The patient starts with physical therapy first");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel referral")))
                    .hasCount(0);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Referral board")).click();
            assertThat(page).hasURL(Pattern.compile(".*#/referrals\\?specialty=PSYCHOLOGIST$"));
            assertThat(column(page, "Cancelled").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(patientName))).isVisible();
            assertThat(column(page, "Requested").getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(patientName))).hasCount(0);
        }
    }

    @Test
    void aClinicAdminHasNoReferralBoard() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");
            assertThat(mainNavigation(page).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Partners"))).isVisible();
            assertThat(mainNavigation(page).getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Referrals"))).hasCount(0);

            page.navigate(RunningPlatform.GATEWAY + "/#/referrals");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Not part of your role");
            assertThat(page.locator(".board")).hasCount(0);
        }
    }

    private static Locator mainNavigation(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
    }

    /** A status column of the board: a region named by its heading, e.g. "Requested (3)". */
    private static Locator column(Page page, String status) {
        return page.getByRole(AriaRole.REGION,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + status + " \\(")));
    }

    /**
     * A new patient, a plan and a psychologist referral requested from it by a coordinator's portal session; out: the
     * referral id, once referral-service has made the referral from the plan's event.
     */
    private static String requestPsychologyReferral(String family) {
        return requestReferral(family, "PSYCHOLOGIST");
    }

    private static String requestReferral(String family, String specialty) {
        var coordinator = staff.loggedIn("coordinator", "care-coordinator");
        String mrn = "BOARD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var patient = coordinator.post("/api/patients", """
                {"mrn":"%s","givenName":"Noor","familyName":"%s","birthDate":"1979-09-21"}""".formatted(mrn, family));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        var plan = coordinator.post("/api/plans", """
                {"patientId":"%s","title":"Chronic low back pain","treatingPhysician":"clinician"}"""
                .formatted(patient.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        var requested = coordinator.post("/api/plans/" + plan.json().get("id").asString() + "/referrals", """
                {"specialty":"%s","reason":"Coping skills for pain-related worry","priority":"URGENT"}""".formatted(
                specialty), plan.etag());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String referralId = requested.json().get("id").asString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> coordinator.get("/api/referrals/" + referralId).status() == 200);
        return referralId;
    }
}
