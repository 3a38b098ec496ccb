package dev.consultor.engine.render;

/**
 * Neutralises untrusted text (model output, user input) for Markdown: whitespace runs collapse to one space so
 * the text cannot start new blocks, control and bidirectional-override characters are dropped so nothing can
 * move a terminal's cursor or reorder what a reader sees, and characters that Markdown or HTML would interpret
 * are backslash-escaped so they print as themselves.
 */
final class MarkdownText {
    private static final String ESCAPED = "\\`*_[]<>~|";

    private MarkdownText() {}

    static String inline(String untrusted) {
        if (untrusted == null) return "";
        var out = new StringBuilder(untrusted.length() + 8);
        boolean pendingSpace = false;
        for (int i = 0; i < untrusted.length(); ) {
            int cp = untrusted.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (Character.getType(cp) == Character.CONTROL || isBidiControl(cp)) continue;
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (cp < 128 && ESCAPED.indexOf(cp) >= 0 && !(cp == '_' && intraword(out, untrusted, i))) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        }
        return escapeBlockStart(out.toString());
    }

    /** An underscore inside a word (snake_case) cannot open emphasis, so it stays readable unescaped. */
    private static boolean intraword(StringBuilder before, String text, int next) {
        return !before.isEmpty()
                && Character.isLetterOrDigit(before.codePointBefore(before.length()))
                && next < text.length()
                && Character.isLetterOrDigit(text.codePointAt(next));
    }

    /** Text that begins a line must not turn into a heading, list, quote or rule. */
    private static String escapeBlockStart(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') return "\\" + text;
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) digits++;
        if (digits > 0 && digits < text.length() && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
            return text.substring(0, digits) + "\\" + text.substring(digits);
        }
        return text;
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C
                || cp == 0x200E
                || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0xFEFF;
    }
}
