package io.stepwise.system;

/**
 * Patterns that Playwright hands to the browser run as JavaScript regular expressions, which know no {@code \Q…\E}
 * quoting ({@link java.util.regex.Pattern#quote} would silently match nothing there).
 */
final class BrowserPatterns {

    private BrowserPatterns() {
    }

    /** {@code text} as a literal in both Java and JavaScript regular expressions: metacharacters escaped. */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
