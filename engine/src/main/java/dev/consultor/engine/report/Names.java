package dev.consultor.engine.report;

import dev.consultor.engine.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a reader sees the report's enums: stances, horizons, levels and KPI directions, in the brief's language.
 * The one table of these words ({@code names_<tag>.properties} beside this class), shared by the renderer, the
 * deliberation stages and the offline model, so that {@code MOVE_FAST} never reaches a sentence as
 * {@code move_fast}.
 */
public final class Names {
    private static final Map<Language, Properties> CACHE = new ConcurrentHashMap<>();

    private Names() {}

    /** The word for {@code value}, keyed {@code <enum>.<constant>}, e.g. {@code stance.move_fast}. */
    public static String of(Enum<?> value, Language language) {
        String key = snake(value.getDeclaringClass().getSimpleName()) + "."
                + value.name().toLowerCase(Locale.ROOT);
        String word = CACHE.computeIfAbsent(language, Names::load).getProperty(key);
        if (word == null) throw new IllegalStateException("no name '" + key + "' for " + language.tag());
        return word;
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static Properties load(Language language) {
        String resource = "names_" + language.tag() + ".properties";
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the engine");
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
