package dev.consultor.engine.render;

import java.util.List;

/** Writing untrusted text into Markdown safely. */
final class Md {
    private Md() {}

    /** Items in one line separated by semicolons; an item's closing full stop would read ".;" and is dropped. */
    static String joined(List<String> items) {
        return String.join(
                "; ", items.stream().map(Md::inline).map(Md::withoutFullStop).toList());
    }

    /** A list item without its closing full stop (an ellipsis stays), for joining items with semicolons. */
    static String withoutFullStop(String item) {
        return item.endsWith(".") && !item.endsWith("..") ? item.substring(0, item.length() - 1) : item;
    }

    static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) out.append(' ').append(cell(cell)).append(" |");
        out.append('\n');
    }

    /** Untrusted text made safe for one line of Markdown: no control characters, tags or markup. */
    static String inline(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') out.append(' ');
            else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || bidiControl(cp)) return;
            else if (cp == '<') out.append("&lt;");
            else if (cp == '>') out.append("&gt;");
            else if (cp == '&') out.append("&amp;");
            else if ("\\`*_[]#".indexOf(cp) >= 0) out.append('\\').appendCodePoint(cp);
            else out.appendCodePoint(cp);
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Directional overrides can make text read differently from what it is. */
    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
