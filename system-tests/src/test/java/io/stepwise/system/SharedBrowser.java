package io.stepwise.system;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * One Playwright and one headless Chromium for every system test of the run, handed to any test method (or
 * {@code @BeforeAll}) that asks for a {@link com.microsoft.playwright.Browser}; closed when the run ends. Each test
 * works in its own browser contexts, so nothing (cookies, sessions) is shared but the browser process.
 */
public class SharedBrowser implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == com.microsoft.playwright.Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(SharedBrowser.class.getName(), key -> Opened.launch(), Opened.class).browser();
    }

    private record Opened(Playwright playwright, com.microsoft.playwright.Browser browser) implements AutoCloseable {

        static Opened launch() {
            // Locator assertions wait up to 15 s: a page on a busy 2-core machine (four services, Keycloak, Kafka)
            // can take longer than Playwright's default 5 s to settle after a change.
            PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            var playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            return new Opened(playwright, Browser.launch(playwright));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }
}
