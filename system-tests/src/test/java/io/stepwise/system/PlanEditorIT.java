package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The plan editor's manners in a real browser: a refused save keeps what was typed and names the field; a stale edit
 * (412) is re-applied on the fresh plan when the user asks; the page works at tablet width and by keyboard.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class PlanEditorIT {

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

    private static StaffApi coordinatorApi;

    private static synchronized StaffApi coordinatorApi() {
        if (coordinatorApi == null) {
            coordinatorApi = staff.loggedIn("coordinator", "care-coordinator");
        }
        return coordinatorApi;
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndNamesTheFieldInWords() {
        String plan = draftPlan();
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            page.navigate(RunningPlatform.GATEWAY + "/#/plans/" + plan);
            page.getByLabel("Target score (at most)").fill("4");
            page.getByLabel("Due date").fill(LocalDate.now().minusDays(3).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();

            Locator due = page.getByLabel("Due date");
            assertThat(page.locator("form.goal-form .problem")).containsText("is in the past");
            assertThat(page.getByLabel("Target score (at most)")).hasValue("4");
            assertThat(due).hasValue(LocalDate.now().minusDays(3).toString());
            assertThat(page.locator(".goal-list")).hasCount(0);
            PortalScreens.checkAndCapture(page, "plan-editor-refused-save");

            due.fill(LocalDate.now().plusDays(60).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
            assertThat(page.locator(".goal-list li")).containsText("PEG at most 4");
            assertThat(page.locator("form.goal-form .problem")).hasCount(0);
        }
    }

    @Test
    void aStaleEditOffersToReloadAndReapplyTheChange() {
        String plan = draftPlan();
        var coordinatorApi = coordinatorApi();
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinician", "clinician");
            // Hold the page's polling back, so that it keeps the ETag it read while someone else changes the plan.
            page.route("**/api/plans/" + plan, route -> {
                if (route.request().headers().containsKey("if-none-match")) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            page.navigate(RunningPlatform.GATEWAY + "/#/plans/" + plan);
            assertThat(page.locator("h1 .plan-status")).hasText("Draft");

            var read = coordinatorApi.get("/api/plans/" + plan);
            var added = coordinatorApi.post("/api/plans/" + plan + "/goals", """
                    {"aim":"INCREASE_FUNCTION","measure":"ODI","target":{"atMost":30}}""", read.etag());
            assertThat(added.status()).as(added.body()).isEqualTo(201);

            page.getByLabel("Target score (at most)").fill("4");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
            Locator stale = page.locator("goals-section .problem");
            assertThat(stale).containsText("Someone else changed this");
            assertThat(page.getByLabel("Target score (at most)")).hasValue("4");
            PortalScreens.checkAndCapture(page, "plan-editor-stale-edit");

            stale.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reload and re-apply my change"))
                    .click();
            assertThat(page.locator(".goal-list li")).hasCount(2);
            assertThat(page.locator(".goal-list")).containsText("ODI at most 30");
            assertThat(page.locator(".goal-list")).containsText("PEG at most 4");
            assertThat(page.locator("goals-section .problem")).hasCount(0);
        }
    }

    @Test
    void theClinicianRecordsAClearanceAndARiskBenefitTalkAndTheirBlocksLift() {
        String plan = draftPlan();
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinician", "clinician");
            page.navigate(RunningPlatform.GATEWAY + "/#/plans/" + plan);
            for (String name : new String[] {"Acupuncture", "Epidural steroid injection"}) {
                page.getByLabel("Search treatments").fill(name);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add " + name + " to the plan"))
                        .click();
                assertThat(page.locator("article.activity h3", new Page.LocatorOptions().setHasText(name)))
                        .isVisible();
            }
            assertThat(page.locator(".finding[data-rule='COMPLEMENTARY_CLEARANCE']")).isVisible();
            assertThat(page.locator(".finding[data-rule='PROCEDURE_RISK_BENEFIT']")).isVisible();

            Locator acupuncture = page.locator("article.activity", new Page.LocatorOptions().setHasText("Acupuncture"));
            acupuncture.getByText("Record physician clearance").click();
            acupuncture.getByLabel("Clearance note").fill("No bleeding disorder; cleared for acupuncture");
            acupuncture.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record clearance")).click();
            assertThat(acupuncture.locator(".record")).containsText("Cleared by clinician");
            assertThat(page.locator(".finding[data-rule='COMPLEMENTARY_CLEARANCE']")).hasCount(0);

            Locator injection = page.locator("article.activity",
                    new Page.LocatorOptions().setHasText("Epidural steroid injection"));
            injection.getByText("Record the risk/benefit discussion").click();
            injection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record discussion")).click();
            assertThat(injection.getByLabel("Risks discussed")).hasAttribute("aria-invalid", "true");
            injection.getByLabel("Risks discussed").fill("Infection, bleeding, a headache");
            injection.getByLabel("Benefits discussed").fill("Shorter flare, easier physical therapy");
            injection.getByLabel("Alternatives discussed").fill("Physical therapy alone; medication");
            injection.getByLabel("Patient's decision").selectOption("PROCEED");
            injection.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record discussion")).click();
            assertThat(injection.locator(".record")).containsText("patient decision Proceed");
            assertThat(page.locator(".finding[data-rule='PROCEDURE_RISK_BENEFIT']")).hasCount(0);
            PortalScreens.checkAndCapture(page, "plan-editor-documentation");
        }
    }

    @Test
    void atTabletWidthThePlanEditorFitsAndIsReachableByKeyboard() {
        String plan = draftPlan();
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(768, 1024).setHasTouch(true))) {
            Page page = PortalSession.loggedIn(context, "clinician", "clinician");
            page.navigate(RunningPlatform.GATEWAY + "/#/plans/" + plan);
            assertThat(page.locator("h1 .plan-status")).hasText("Draft");
            assertThat(page.locator(".disclaimer")).isInViewport();
            Number overflow = (Number) page.evaluate(
                    "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(overflow.intValue()).as("no sideways scrolling at 768 px").isLessThanOrEqualTo(0);
            PortalScreens.checkAndCapture(page, "plan-editor-tablet");

            page.reload(); // a fresh load: focus starts at the top of the document
            assertThat(page.locator("h1 .plan-status")).hasText("Draft");
            page.keyboard().press("Tab");
            assertThat(page.locator(".skip-link")).isFocused();
            page.keyboard().press("Enter");
            page.keyboard().press("Tab");
            Number inMain = (Number) page.evaluate("() => document.querySelector('main').contains(document.activeElement) ? 1 : 0");
            assertThat(inMain.intValue()).as("after skipping, the next stop is inside the page").isEqualTo(1);
        }
    }

    /** A DRAFT plan for a new patient, made through the API with a coordinator's portal session. */
    private static String draftPlan() {
        var coordinator = coordinatorApi();
        String mrn = "EDIT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var patient = coordinator.post("/api/patients", """
                {"mrn":"%s","givenName":"Lee","familyName":"Park","birthDate":"1975-02-03"}""".formatted(mrn));
        assertThat(patient.status()).as(patient.body()).isEqualTo(201);
        var plan = coordinator.post("/api/plans", """
                {"patientId":"%s","title":"Chronic low back pain","treatingPhysician":"clinician"}"""
                .formatted(patient.json().get("id").asString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(201);
        return plan.json().get("id").asString();
    }
}
