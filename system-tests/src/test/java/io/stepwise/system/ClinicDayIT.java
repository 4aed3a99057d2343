package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import io.stepwise.testkit.Api;
import io.stepwise.testkit.ApiResponse;

/**
 * A clinic's day in the portal, in a real browser on the real platform (issue 9): the coordinator registers a patient
 * and drafts a plan with a PEG goal; the clinician applies a template, adds oxycodone and a muscle relaxant, sees the
 * block, overrides it with a reason, records the opioid safeguards and activates; the coordinator enters three PEG
 * results and the chart shows them with the target line; the clinician requests a psychologist referral, the demo
 * partner accepts and completes it through the partner API, and the open plan page shows the report without a reload;
 * the clinic admin sees those accesses in the patient's access log. Every screen passes axe-core and is photographed.
 * Navigation by role and the end of a session are {@link PortalFrameIT}.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class ClinicDayIT {

    private static final LocatorAssertions.IsVisibleOptions EVENTUALLY = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    private static final String REFERRALS = "/partner-api/v1/referrals";
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void openBrowser(com.microsoft.playwright.Browser shared) {
        browser = shared;
    }


    @Test
    void aWholeClinicDay() {
        String mrn = "DAY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try (BrowserContext coordinatorSession = browser.newContext();
                BrowserContext clinicianSession = browser.newContext();
                BrowserContext adminSession = browser.newContext()) {
            Page coordinator = PortalSession.loggedIn(coordinatorSession, "coordinator", "care-coordinator");
            String planUrl = registerPatientAndDraftPlan(coordinator, mrn);

            Page clinician = PortalSession.loggedIn(clinicianSession, "clinician", "clinician");
            buildAndActivatePlan(clinician, mrn, planUrl);

            enterThreePegResults(coordinator, planUrl);
            // The clinician's open plan shows the coordinator's results by itself (and so holds the plan's new ETag).
            assertThat(clinician.locator("figure[data-measure='PEG']")).hasAttribute("data-points", "3");

            String referralId = requestPsychologistReferral(clinician);
            partnerAcceptsAndCompletes(referralId);
            Locator report = clinician.locator(".referral-report");
            assertThat(report).isVisible(EVENTUALLY);
            assertThat(report).containsText("Six CBT sessions");
            assertThat(clinician.locator(".referral .referral-status")).hasText("Completed");
            PortalScreens.checkAndCapture(clinician, "plan-referral-report");

            Page admin = PortalSession.loggedIn(adminSession, "clinic-admin", "clinic-admin");
            readTheAccessLog(admin, mrn);
        }
    }

    private static String registerPatientAndDraftPlan(Page coordinator, String mrn) {
        coordinator.navigate(RunningPlatform.GATEWAY + "/#/patients");
        assertThat(coordinator.locator("main h1")).hasText("Patients");
        coordinator.getByLabel("Medical record number (MRN)").fill(mrn);
        coordinator.getByLabel("Given name").fill("Maria");
        coordinator.getByLabel("Family name").fill("Santos");
        coordinator.getByLabel("Birth date").fill("1968-05-14");
        PortalScreens.checkAndCapture(coordinator, "patients");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();

        assertThat(coordinator.locator("main h1")).hasText("Maria Santos");
        coordinator.getByLabel("Treating physician (a clinician's user name)").fill("clinician");
        PortalScreens.checkAndCapture(coordinator, "patient");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draft plan")).click();

        assertThat(coordinator.locator("h1 .plan-status")).hasText("Draft");
        coordinator.getByLabel("Measure", new Page.GetByLabelOptions().setExact(true)).first().selectOption("PEG");
        coordinator.getByLabel("Target score (at most)").fill("4");
        coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add goal")).click();
        assertThat(coordinator.locator(".goal-list li")).containsText("PEG at most 4");
        assertThat(coordinator.locator("plan-status button")).hasCount(0); // status steps are the clinician's
        return coordinator.url();
    }

    private static void buildAndActivatePlan(Page clinician, String mrn, String planUrl) {
        clinician.navigate(RunningPlatform.GATEWAY + "/#/patients");
        clinician.getByLabel("Find a patient by name or MRN").fill(mrn);
        patientRow(clinician, mrn).getByRole(AriaRole.LINK).click(); // other tests register Maria Santos too
        clinician.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chronic low back pain")).click();
        assertThat(clinician).hasURL(planUrl);

        clinician.getByLabel("Template", new Page.GetByLabelOptions().setExact(true)).selectOption("active-start");
        clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply template")).click();
        assertThat(clinician.locator("article.activity", new Page.LocatorOptions().setHasText("Home exercise program")))
                .isVisible();

        addTreatment(clinician, "narcotic", "Narcotic (opioid) pain medication", details -> {
            details.getByLabel("Opioid (CDC name)").selectOption("OXYCODONE");
            details.getByLabel("Dose (mg per dose)").fill("5");
            details.getByLabel("Doses per day").fill("3");
            assertThat(details.locator(".mme-preview")).containsText("22.5 MME/day");
        });
        assertThat(clinician.locator(".mme-total")).hasText("22.5 MME/day");
        addTreatment(clinician, "muscle", "Muscle relaxant", details -> { });

        Locator interaction = clinician.locator(".finding[data-rule='INTERACTION']");
        assertThat(interaction).containsText("Both can cause sedation");
        assertThat(interaction.locator(".badge")).hasText("Block");
        clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate plan")).click();
        Locator refused = clinician.locator("plan-status .problem");
        assertThat(refused).containsText("INTERACTION");
        assertThat(refused).containsText("OPIOID_SAFEGUARDS");
        assertThat(clinician.locator("h1 .plan-status")).hasText("Draft");
        PortalScreens.checkAndCapture(clinician, "plan-editor-blocked");

        interaction.getByLabel("Reason to proceed despite this finding")
                .fill("Short course for a flare; sedation reviewed with the patient");
        interaction.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Override")).click();
        assertThat(interaction).containsText("Overridden by clinician");

        Locator opioid = clinician.locator("article.activity", new Page.LocatorOptions().setHasText("Narcotic"));
        opioid.getByText("Record opioid safeguards").click();
        opioid.getByLabel("Why an opioid (justification)").fill("Severe flare; non-opioid therapies not enough");
        opioid.getByLabel("Non-opioid therapies tried (comma-separated)").fill("NSAID, physical therapy");
        opioid.getByLabel("Naloxone offered").check();
        opioid.getByLabel("PDMP checked on").fill(LocalDate.now().toString());
        opioid.getByLabel("Review by (within 4 weeks)").fill(LocalDate.now().plusDays(14).toString());
        opioid.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record safeguards")).click();
        assertThat(opioid.locator(".record")).containsText("Opioid safeguards by clinician");

        clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activate plan")).click();
        assertThat(clinician.locator("h1 .plan-status")).hasText("Active");
        PortalScreens.checkAndCapture(clinician, "plan-editor-active");
    }

    /** The search result row of the patient with this MRN. */
    private static Locator patientRow(Page page, String mrn) {
        return page.locator("#patient-results tr", new Page.LocatorOptions().setHasText(mrn));
    }

    private static void addTreatment(Page page, String search, String name, java.util.function.Consumer<Locator> details) {
        page.getByLabel("Search treatments").fill(search);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        Locator form = page.locator("form.treatment-details");
        details.accept(form);
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add " + name + " to the plan")).click();
        assertThat(page.locator("article.activity h3", new Page.LocatorOptions().setHasText(name))).isVisible();
    }

    private static void enterThreePegResults(Page coordinator, String planUrl) {
        coordinator.navigate(planUrl);
        int[][] results = {{7, 7, 6}, {6, 5, 5}, {4, 4, 3}};
        String[] expected = {"6.67", "5.33", "3.67"};
        for (int i = 0; i < results.length; i++) {
            Locator form = coordinator.locator("form.outcome-form");
            form.getByLabel("Measure").selectOption("PEG");
            form.getByLabel("1. Average pain in the past week (0–10)").fill(String.valueOf(results[i][0]));
            form.getByLabel("2. Pain interfered with enjoyment of life (0–10)").fill(String.valueOf(results[i][1]));
            assertThat(form.locator(".score-value")).hasText("—");
            form.getByLabel("3. Pain interfered with general activity (0–10)").fill(String.valueOf(results[i][2]));
            assertThat(form.locator(".score-value")).hasText(expected[i]);
            LocalDateTime recorded = LocalDateTime.now().minusDays(21L - 7L * i).truncatedTo(ChronoUnit.MINUTES);
            form.getByLabel("Recorded at").fill(LOCAL_MINUTES.format(recorded));
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record PEG result")).click();
            assertThat(coordinator.locator("figure[data-measure='PEG']"))
                    .hasAttribute("data-points", String.valueOf(i + 1));
        }
        Locator chart = coordinator.locator("figure[data-measure='PEG']");
        assertThat(chart).hasAttribute("data-targets", "4");
        @SuppressWarnings("unchecked")
        var datasets = (List<Map<String, Object>>) coordinator.evaluate("""
                async () => {
                  const { Chart } = await import('/webjars/chart.js/4.5.1/dist/chart.js');
                  const chart = Chart.getChart(document.querySelector("figure[data-measure='PEG'] canvas"));
                  return chart.data.datasets.map(d => ({ label: d.label, data: d.data }));
                }""");
        assertThat(datasets.getFirst().get("data")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(6.67, 5.33, 3.67);
        assertThat(datasets).anySatisfy(dataset -> {
            assertThat((String) dataset.get("label")).startsWith("Target (at most 4)");
            assertThat(dataset.get("data")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(3)
                    .allSatisfy(value -> assertThat(((Number) value).doubleValue()).isEqualTo(4.0));
        });
        assertThat(datasets).anySatisfy(dataset -> assertThat((String) dataset.get("label"))
                .isEqualTo("Baseline band (MCID)"));
        PortalScreens.checkAndCapture(coordinator, "plan-outcomes");
    }

    private static String requestPsychologistReferral(Page clinician) {
        clinician.getByLabel("Specialty").selectOption("PSYCHOLOGIST");
        clinician.getByLabel("Reason (what the partner should know)").fill("Coping skills for pain-related anxiety");
        clinician.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request referral")).click();
        Locator referral = clinician.locator(".referral");
        assertThat(referral).containsText("Psychologist");
        String id = referral.getAttribute("data-referral");
        assertThat(id).isNotBlank();
        return id;
    }

    private static void partnerAcceptsAndCompletes(String referralId) {
        String token = KeycloakTokens.psychologyPartner();
        String path = REFERRALS + "/" + referralId;
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> Api.at(RunningPlatform.GATEWAY).get(path).bearer(token).send().status() == 200);
        act(token, path + "/receive", "");
        act(token, path + "/accept", "");
        act(token, path + "/start", "");
        act(token, path + "/complete", "{\"report\":\"Six CBT sessions; pain-coping plan in place\"}");
    }

    private static void act(String token, String path, String body) {
        ApiResponse answer = Api.at(RunningPlatform.GATEWAY).post(path, body).bearer(token).send();
        assertThat(answer.status()).as("POST " + path + ": " + answer.body()).isEqualTo(200);
    }

    private static void readTheAccessLog(Page admin, String mrn) {
        admin.navigate(RunningPlatform.GATEWAY + "/#/patients");
        admin.getByLabel("Find a patient by name or MRN").fill(mrn);
        patientRow(admin, mrn).getByRole(AriaRole.LINK).click();
        assertThat(admin.locator("main h1")).hasText("Maria Santos");
        assertThat(admin.locator("patient-page .plan-list")).hasCount(0); // a clinic admin does not read plans

        Locator log = admin.locator("table.access-log");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Refresh")).click();
            assertThat(log.locator("tr", new Locator.LocatorOptions().setHasText("partner-psychology-demo"))
                    .filter(new Locator.FilterOptions().setHasText("Disclose")).first()).isVisible();
        });
        assertThat(log.locator("tr", new Locator.LocatorOptions().setHasText("coordinator")).first()).isVisible();
        assertThat(log.locator("tr", new Locator.LocatorOptions().setHasText("clinician")).first()).isVisible();
        assertThat(log).containsText("stepwise-gateway");
        PortalScreens.checkAndCapture(admin, "patient-access-log");
    }
}
