package dev.consultor.engine.deliberation.history;

import dev.consultor.engine.deliberation.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The situations a problem is about ("falling-sales", "churn", "expansion", ...), recognised from cue words in
 * Portuguese and English kept in {@code themes.properties}. Themes are the vocabulary earlier consultations are
 * filed under.
 */
public final class Themes {
    private static final Map<String, List<String>> CUES = load();

    private Themes() {}

    public static Set<String> of(String problem) {
        String text = " " + Format.fold(problem) + " ";
        var themes = new LinkedHashSet<String>();
        CUES.forEach((theme, cues) -> {
            for (String cue : cues) {
                if (text.contains(" " + cue)) {
                    themes.add(theme);
                    break;
                }
            }
        });
        return themes;
    }

    private static Map<String, List<String>> load() {
        try (InputStream in = Themes.class.getResourceAsStream("themes.properties")) {
            if (in == null) throw new IllegalStateException("themes.properties is missing");
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            var cues = new LinkedHashMap<String, List<String>>();
            for (String theme : new java.util.TreeSet<>(properties.stringPropertyNames())) {
                var list = new ArrayList<String>();
                for (String cue : properties.getProperty(theme).split(",")) {
                    if (!cue.isBlank()) list.add(Format.fold(cue));
                }
                cues.put(theme, List.copyOf(list));
            }
            return cues;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
