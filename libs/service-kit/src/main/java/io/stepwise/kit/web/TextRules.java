package io.stepwise.kit.web;

/** Patterns for text fields of requests, for {@code @Pattern(regexp = …)}. */
public final class TextRules {

    /** One line of text: no control characters (newline, tab, NUL …) and no lone UTF-16 surrogates. */
    public static final String SINGLE_LINE = "[^\\p{Cc}\\p{Cs}]*";

    /** Text that may run over several lines: no control characters but newline and tab, no lone surrogates. */
    public static final String MULTI_LINE = "[^\\p{Cc}\\p{Cs}]*+(?:[\\n\\r\\t]+[^\\p{Cc}\\p{Cs}]*+)*+";

    /** The message for a field that breaks one of these patterns. */
    public static final String MESSAGE = "must not contain control characters or broken characters";

    private TextRules() {
    }
}
