package io.stepwise.system;

import java.util.List;

import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType;

/** Debian's Chromium driven by Playwright; Playwright never downloads a browser of its own here. */
final class Browser {

    private Browser() {
    }

    static com.microsoft.playwright.Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(System.getProperty("stepwise.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
