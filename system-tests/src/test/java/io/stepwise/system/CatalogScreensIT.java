package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The catalog screens in a real browser: the clinic admin searches the catalog as they type, reads a seeded
 * treatment's safety flags and interaction rules, takes a new treatment from draft through published to retired with
 * the form and the detail's buttons, adds an interaction rule (picking treatments by search) and finds it on the
 * treatment, and reads the plan templates (a template naming a controlled substance is refused in the server's words).
 * A care coordinator reads the catalog without any way to change it, and without the admin's places.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class CatalogScreensIT {

    private static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void openBrowser(com.microsoft.playwright.Browser shared) {
        browser = shared;
    }


    @Test
    void theClinicAdminSearchesReadsASeededTreatmentAndTakesANewOneFromDraftToRetired() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");
            open(page, "#/catalog");
            Locator results = page.locator("#catalog-results");
            assertThat(results.locator("caption")).containsText("treatment(s)");

            page.getByLabel("Search by name, kind or description").pressSequentially("narcotic");
            Locator narcotic = results.getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName("Narcotic (opioid) pain medication"));
            assertThat(narcotic).isVisible();
            assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Acupuncture")))
                    .hasCount(0);
            assertThat(page).hasURL(Pattern.compile("#/catalog\\?q=narcotic$"));
            PortalScreens.checkAndCapture(page, "catalog-browse");

            narcotic.click();
            assertThat(heading(page, "Narcotic (opioid) pain medication")).isVisible();
            Locator flags = section(page, "Safety flags");
            assertThat(flags.locator("li").filter(new Locator.FilterOptions().setHasText("Controlled substance")))
                    .containsText("Yes");
            assertThat(flags.locator("li").filter(new Locator.FilterOptions().setHasText("Requires monitoring")))
                    .containsText("Yes");
            assertThat(section(page, "Side effects")).containsText("slowed breathing");
            Locator withMuscleRelaxant = section(page, "Interaction rules").locator(".rule-list li")
                    .filter(new Locator.FilterOptions().setHasText("Muscle relaxant"));
            assertThat(withMuscleRelaxant).containsText("Major");
            assertThat(withMuscleRelaxant).containsText("Both can cause sedation");
            assertThat(link(page, "Edit")).isVisible();
            assertThat(button(page, "Retire")).isVisible();
            PortalScreens.checkAndCapture(page, "catalog-treatment");

            open(page, "#/catalog");
            link(page, "New treatment").click();
            assertThat(heading(page, "New treatment")).isVisible();
            button(page, "Save draft").click();
            assertThat(page.locator("#treatment-name-error")).hasText("must not be blank");
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
                    .hasAttribute("aria-invalid", "true");

            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String id = "system-walk-" + suffix;
            String name = "System walking program " + suffix;
            page.getByLabel("Id (optional)").fill(id);
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
            page.getByLabel("Category", new Page.GetByLabelOptions().setExact(true)).selectOption("PHYSICAL_THERAPY");
            page.getByLabel("Kind", new Page.GetByLabelOptions().setExact(true)).fill("walking");
            page.getByLabel("Mode", new Page.GetByLabelOptions().setExact(true)).selectOption("ACTIVE");
            page.getByLabel("Invasiveness", new Page.GetByLabelOptions().setExact(true)).selectOption("NONE");
            page.getByLabel("Description", new Page.GetByLabelOptions().setExact(true))
                    .fill("Daily walks, building up slowly. <b>Shown as typed.</b>");
            page.getByLabel("Physical therapist", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Side effects, one a line").fill("sore legs\nblisters");
            page.getByLabel("Home exercise program").check();
            PortalScreens.checkAndCapture(page, "catalog-edit");
            button(page, "Save draft").click();

            assertThat(heading(page, name)).isVisible();
            assertThat(page).hasURL(Pattern.compile("#/catalog/" + id + "$"));
            assertThat(page.locator(".catalog-heading .badge")).hasText("Draft");
            assertThat(page.locator(".treatment-description")).hasText("Daily walks, building up slowly. <b>Shown as typed.</b>");
            assertThat(section(page, "Side effects")).containsText("blisters");
            assertThat(section(page, "Safety flags").locator("li")
                    .filter(new Locator.FilterOptions().setHasText("Home exercise program"))).containsText("Yes");

            button(page, "Publish").click();
            assertThat(page.getByText("Published: care plans can now use it.")).isVisible();
            assertThat(page.locator(".catalog-heading .badge")).hasText("Published");

            button(page, "Retire").click();
            button(page, "Yes, retire it").click();
            assertThat(page.getByText("Retired: new care plans can no longer add it.")).isVisible();
            assertThat(page.locator(".catalog-heading .badge")).hasText("Retired");
            assertThat(link(page, "Edit")).hasCount(0);
            assertThat(button(page, "Publish")).hasCount(0);
        }
    }

    @Test
    void theClinicAdminAddsAnInteractionRuleSeesItOnTheTreatmentAndDeletesIt() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String id = "system-cold-" + suffix;
            String name = "System cold spray " + suffix;
            String reason = "System test " + suffix + ": numbing spray right before needling hides how the tissue reacts.";
            assertThat(postJson(page, "/api/catalog/treatments", """
                    {"id":"%s","name":"%s","category":"COMPLEMENTARY","kind":"cold-spray","mode":"PASSIVE",
                     "invasiveness":"NONE","deliveredBy":[],"sideEffects":[],
                     "flags":{"requiresMonitoring":false,"controlledSubstance":false,"requiresRiskBenefitDiscussion":false,
                              "requiresPhysicianClearance":false,"homeExerciseProgram":false}}""".formatted(id, name)))
                    .isEqualTo(201);

            open(page, "#/interaction-rules");
            assertThat(heading(page, "Interaction rules")).isVisible();
            Locator rules = page.locator(".rules-table");
            assertThat(rules.locator("caption")).containsText("rule(s)");
            assertThat(rules.locator("tr").filter(new Locator.FilterOptions().setHasText("Magnets may interfere")))
                    .containsText("Contraindicated");

            pick(page, "Treatment (one side)", "cold spray " + suffix, id);
            pick(page, "Treatment (other side)", "Dry needling", "dry-needling");
            page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).selectOption("MODERATE");
            page.getByLabel(Pattern.compile("^Why")).fill(reason);
            PortalScreens.checkAndCapture(page, "interaction-rules");
            button(page, "Add rule").click();

            assertThat(page.getByText("Rule added.")).isVisible();
            Locator added = rules.locator("tbody tr").filter(new Locator.FilterOptions().setHasText(reason));
            assertThat(added).containsText(name);
            assertThat(added).containsText("Dry needling");
            assertThat(added).containsText("Moderate");

            added.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
            assertThat(heading(page, name)).isVisible();
            Locator onTheTreatment = section(page, "Interaction rules").locator(".rule-list li");
            assertThat(onTheTreatment).hasCount(1);
            assertThat(onTheTreatment).containsText("Moderate");
            assertThat(onTheTreatment).containsText("Dry needling");
            assertThat(onTheTreatment).containsText(reason);

            open(page, "#/interaction-rules");
            page.getByLabel("Filter the rules").fill(suffix);
            assertThat(rules.locator("tbody tr")).hasCount(1);
            rules.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Delete rule"))).click();
            button(page, "Yes, delete").click();
            assertThat(page.getByText("Rule deleted.")).isVisible();
            assertThat(page.getByText("No rule matches the filter.")).isVisible();
        }
    }

    @Test
    void theClinicAdminReadsThePlanTemplatesAndATemplateWithAControlledSubstanceIsRefusedInWords() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "clinic-admin", "clinic-admin");
            open(page, "#/templates");
            assertThat(heading(page, "Plan templates")).isVisible();
            Locator templates = page.locator(".template-table");
            assertThat(templates.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Active start"))).isVisible();
            assertThat(templates.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Multimodal"))).isVisible();
            assertThat(templates.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Interventional review")))
                    .isVisible();
            PortalScreens.checkAndCapture(page, "templates");

            templates.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Active start")).click();
            assertThat(heading(page, "Active start")).isVisible();
            Locator nsaid = section(page, "Activities").locator("tbody tr")
                    .filter(new Locator.FilterOptions().setHasText("NSAID (nonsteroidal anti-inflammatory drug)"));
            assertThat(nsaid).containsText("28 days");
            assertThat(section(page, "Goals")).containsText("PEG");
            assertThat(section(page, "Goals")).containsText("ODI");
            assertThat(link(page, "Edit")).isVisible();
            assertThat(button(page, "Delete")).isVisible();
            PortalScreens.checkAndCapture(page, "template-detail");

            open(page, "#/templates/new");
            assertThat(heading(page, "New plan template")).isVisible();
            page.getByLabel("Id", new Page.GetByLabelOptions().setExact(true))
                    .fill("system-" + UUID.randomUUID().toString().substring(0, 8));
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("System opioid start");
            pick(page, "Treatment", "Narcotic", "narcotic-pain-medication");
            button(page, "Create template").click();

            assertThat(page.locator("problem-alert .problem")).containsText("The template breaks a template rule");
            assertThat(page.locator(".activities-row").first().locator(".field-error")).hasText(
                    "narcotic-pain-medication is a controlled substance: its dose is decided per patient, not in a template");
            assertThat(page).hasURL(Pattern.compile("#/templates/new$"));
        }
    }

    @Test
    void aCareCoordinatorReadsTheCatalogButCannotChangeItNorOpenTheAdminsPlaces() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
            assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Treatment catalog")))
                    .isVisible();
            assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Interaction rules")))
                    .hasCount(0);
            assertThat(navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Plan templates")))
                    .hasCount(0);

            open(page, "#/catalog");
            Locator results = page.locator("#catalog-results");
            assertThat(results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Muscle relaxant")))
                    .isVisible();
            assertThat(link(page, "New treatment")).hasCount(0);
            assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasCount(0);

            results.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Muscle relaxant")).click();
            assertThat(heading(page, "Muscle relaxant")).isVisible();
            assertThat(section(page, "Safety flags")).containsText("Requires monitoring");
            assertThat(section(page, "Interaction rules").locator(".rule-list li").first()).isVisible();
            assertThat(link(page, "Edit")).hasCount(0);
            assertThat(button(page, "Publish")).hasCount(0);
            assertThat(button(page, "Retire")).hasCount(0);

            for (String place : new String[] {"#/interaction-rules", "#/templates", "#/catalog/new",
                    "#/catalog/muscle-relaxant/edit"}) {
                open(page, place);
                assertThat(heading(page, "Not part of your role")).isVisible();
            }
        }
    }

    /** Goes to a portal place in the same page (a hash change: the session and the app stay). */
    private static void open(Page page, String hash) {
        page.navigate(RunningPlatform.GATEWAY + "/" + hash);
    }

    /** Searches a treatment picker and chooses the match whose id is {@code id}. */
    private static void pick(Page page, String label, String search, String id) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).pressSequentially(search);
        Locator match = page.locator(".picker-matches button").filter(new Locator.FilterOptions()
                .setHas(page.locator("code", new Page.LocatorOptions().setHasText(Pattern.compile("^" + BrowserPatterns.literal(id) + "$")))));
        match.click();
        assertThat(page.locator(".picker-choice").filter(new Locator.FilterOptions().setHasText(id)).first()).isVisible();
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(1));
    }

    private static Locator section(Page page, String title) {
        return page.locator("section").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(title).setExact(true).setLevel(2))));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A JSON POST through the page's session, with the CSRF header the portal sends: the answer's status. */
    private static int postJson(Page page, String path, String body) {
        return ((Number) page.evaluate("""
                ([path, body]) => {
                  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
                  const headers = { 'Content-Type': 'application/json' };
                  if (cookie) headers['X-XSRF-TOKEN'] = decodeURIComponent(cookie.substring(11));
                  return fetch(path, { method: 'POST', headers, body }).then(r => r.status);
                }""", new Object[] {path, body})).intValue();
    }
}
