package dev.consultor.engine.advisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A prompt template with {@code {{name}}} placeholders, split once into literal text and names so that filling
 * it is one pass (filling thousands of prompts at once made repeated String.replace the hot spot).
 */
final class Template {
    private final List<String> literals;
    private final List<String> names;

    private Template(List<String> literals, List<String> names) {
        this.literals = literals;
        this.names = names;
    }

    static Template compile(String text) {
        var literals = new ArrayList<String>();
        var names = new ArrayList<String>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            int close = open < 0 ? -1 : text.indexOf("}}", open);
            if (close < 0) {
                literals.add(text.substring(from));
                return new Template(List.copyOf(literals), List.copyOf(names));
            }
            literals.add(text.substring(from, open));
            names.add(text.substring(open + 2, close).strip());
            from = close + 2;
        }
    }

    String fill(Map<String, String> values) {
        var out = new StringBuilder(256);
        for (int i = 0; i < names.size(); i++) {
            out.append(literals.get(i));
            String value = values.get(names.get(i));
            if (value == null) throw new IllegalArgumentException("no value for {{" + names.get(i) + "}}");
            out.append(value);
        }
        return out.append(literals.getLast()).toString();
    }
}
