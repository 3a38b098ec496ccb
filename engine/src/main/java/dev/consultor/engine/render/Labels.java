package dev.consultor.engine.render;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.report.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words of a rendered consultation, one properties file per language ({@code labels-<tag>.properties}
 * beside this class). Loaded directly rather than through ResourceBundle so the JVM's default locale can never
 * leak into a document. The deliberation sections read the same file through {@code Texts}: their entries use
 * named placeholders ({@code {name}}), these use numbered ones ({@code {0}}).
 */
final class Labels {
    private static final Map<Language, Labels> CACHE = new ConcurrentHashMap<>();

    private final Properties words;
    private final Language language;

    private Labels(Properties words, Language language) {
        this.words = words;
        this.language = language;
    }

    static Labels of(Language language) {
        return CACHE.computeIfAbsent(language, Labels::load);
    }

    String get(String key) {
        String value = words.getProperty(key);
        if (value == null) throw new IllegalStateException("no label '" + key + "'");
        return value;
    }

    /**
     * A label for an enum constant: {@code prefix.constant_name} here, or, for the report's own enums (stances,
     * horizons, levels, directions), the shared table of {@link Names}.
     */
    String of(String prefix, Enum<?> constant) {
        String key = prefix + "." + constant.name().toLowerCase(Locale.ROOT);
        return words.containsKey(key) ? get(key) : Names.of(constant, language);
    }

    /** Fills {0}, {1}, ... with already formatted text. */
    String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), Locale.ROOT).format(args);
    }

    java.util.Set<String> keys() {
        return words.stringPropertyNames();
    }

    private static Labels load(Language language) {
        String resource = "labels-" + language.tag() + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the engine");
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Labels(properties, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
