package io.stepwise.system;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The portal's frame in a real browser: each role sees only its navigation, a page outside it says so in words, and a
 * session that ends asks for the login again — in a new tab keeping what was typed, or on the page coming back to the
 * place.
 */
@ExtendWith({RunningPlatform.class, SharedBrowser.class})
class PortalFrameIT {

    private static com.microsoft.playwright.Browser browser;

    @BeforeAll
    static void openBrowser(com.microsoft.playwright.Browser shared) {
        browser = shared;
    }

    @Test
    void eachRoleSeesOnlyItsNavigationAndPagesOutsideItAreRefusedInWords() {
        var expected = Map.of(
                "clinician", List.of("Patients", "Referrals", "Treatment catalog"),
                "coordinator", List.of("Patients", "Referrals", "Treatment catalog"),
                "clinic-admin", List.of("Patients", "Treatment catalog", "Interaction rules", "Plan templates",
                        "Partners"));
        var roles = Map.of("clinician", "clinician", "coordinator", "care-coordinator", "clinic-admin", "clinic-admin");
        expected.forEach((user, navigation) -> {
            try (BrowserContext context = browser.newContext()) {
                Page page = PortalSession.loggedIn(context, user, roles.get(user));
                assertThat(page.locator("nav[aria-label='Main'] a")).hasText(navigation.toArray(String[]::new));
            }
        });
        try (BrowserContext context = browser.newContext()) {
            Page coordinator = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            coordinator.navigate(RunningPlatform.GATEWAY + "/#/partners");
            assertThat(coordinator.locator("main h1")).hasText("Not part of your role");
        }
    }

    @Test
    void aSessionThatEndsAsksForTheLoginInANewTabAndKeepsWhatWasTyped() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            String mrn = "TYPED-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            page.getByLabel("Medical record number (MRN)").fill(mrn);
            page.getByLabel("Given name").fill("Ines");
            page.getByLabel("Family name").fill("Typed");
            page.getByLabel("Birth date").fill("1980-01-02");

            context.clearCookies(); // the gateway's session and Keycloak's: the next request finds no session
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();
            Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
            assertThat(dialog).containsText("Your session has ended");
            assertThat(page.locator("main")).hasAttribute("inert", "");
            PortalScreens.checkAndCapture(page, "session-ended");

            Page login = page.waitForPopup(() -> dialog.getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Log in again in a new tab")).click());
            PortalSession.logIn(login, "coordinator", "coordinator");
            assertThat(login.locator("main h1")).hasText("You are logged in again");
            login.close();

            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("I have logged in: continue"))
                    .click();
            assertThat(dialog).hasCount(0);
            assertThat(page.getByLabel("Medical record number (MRN)")).hasValue(mrn);
            assertThat(page.getByLabel("Family name")).hasValue("Typed");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();
            assertThat(page.locator("main h1")).hasText("Ines Typed");
        }
    }

    @Test
    void aSessionThatEndsCanAlsoLogInOnThePageAndComeBackToThePlace() {
        try (BrowserContext context = browser.newContext()) {
            Page page = PortalSession.loggedIn(context, "coordinator", "care-coordinator");
            page.navigate(RunningPlatform.GATEWAY + "/#/referrals");
            assertThat(page.locator("main h1")).isVisible();

            context.clearCookies();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Patients")).click();
            Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log in on this page instead"))
                    .click();
            PortalSession.logIn(page, "coordinator", "coordinator");
            assertThat(page).hasURL(RunningPlatform.GATEWAY + "/#/patients");
            assertThat(page.locator("main h1")).hasText("Patients");
        }
    }
}
