package io.stepwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * What every portal screen must pass, and where its picture goes: axe-core finds no serious or critical violation
 * (WCAG 2.x A and AA rules and best practices), and a full-page screenshot is written to
 * {@code system-tests/target/screenshots/<name>.png} for the closing note and for people reviewing the portal.
 */
final class PortalScreens {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Set<String> REFUSED_IMPACTS = Set.of("serious", "critical");

    private PortalScreens() {
    }

    /** Checks the page as it is now and saves its screenshot under {@code name}. */
    static void checkAndCapture(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        List<Rule> violations = new AxeBuilder(page).analyze().getViolations().stream()
                .filter(rule -> REFUSED_IMPACTS.contains(rule.getImpact())).toList();
        assertThat(violations).as("serious or critical accessibility violations on %s:%n%s", name, describe(violations))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + " at " + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
