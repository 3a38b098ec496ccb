package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills knowledge-base templates. A template is a list of variants, most specific first; the first variant whose
 * placeholders all have values wins, so a brief without a figure falls back to a sentence that does not need it
 * instead of printing a hole.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    private Template() {}

    static Optional<String> fill(List<Text> variants, Language language, Map<String, String> vars) {
        if (variants == null) return Optional.empty();
        for (Text variant : variants) {
            Optional<String> filled = fill(variant.in(language), vars, language.isPortuguese());
            if (filled.isPresent()) return filled;
        }
        return Optional.empty();
    }

    static Optional<String> fill(String template, Map<String, String> vars) {
        return fill(template, vars, false);
    }

    /** In Portuguese, a sentence inserted right after a colon starts in lower case, as running text does. */
    static Optional<String> fill(String template, Map<String, String> vars, boolean portuguese) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) return Optional.empty();
            if (portuguese && dev.consultor.engine.deliberation.Format.followsColon(template.substring(0, m.start()))) {
                value = dev.consultor.engine.deliberation.Format.afterColon(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(capitalised(out.toString().strip()));
    }

    /** The placeholders a template uses, for the knowledge base's own checks. */
    static List<String> placeholders(String template) {
        return PLACEHOLDER.matcher(template).results().map(r -> r.group(1)).toList();
    }

    /** Sentences start with a capital, except when they start with an identifier such as a column name. */
    private static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) return text;
        int space = text.indexOf(' ');
        String firstWord = space < 0 ? text : text.substring(0, space);
        if (firstWord.contains("_") || firstWord.chars().anyMatch(Character::isDigit)) return text;
        int first = text.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first)))
                .toString();
    }
}
