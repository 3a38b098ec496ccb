package dev.consultor.engine.deliberation;

import dev.consultor.engine.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localised sentences of the deliberation stages, kept in {@code text/<language>.properties} beside this package
 * so that wording is edited as text, not code. Placeholders are {@code {name}}.
 */
public final class Texts {
    private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final Properties properties;
    private final String source;

    private Texts(Properties properties, String source) {
        this.properties = properties;
        this.source = source;
    }

    public static Texts of(Language language) {
        return load(Texts.class, "text/" + language.tag() + ".properties");
    }

    /** Loads a UTF-8 properties file beside {@code anchor}; used by the renderer and the playbook too. */
    public static Texts load(Class<?> anchor, String path) {
        return CACHE.computeIfAbsent(anchor.getName() + ":" + path, key -> read(anchor, path));
    }

    private static Texts read(Class<?> anchor, String path) {
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing");
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Texts(properties, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence for {@code key} with each {@code {name}} replaced; arguments are name, value pairs. */
    public String get(String key, Object... namesAndValues) {
        String text = properties.getProperty(key);
        if (text == null) throw new IllegalStateException("no text '" + key + "' in " + source);
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("odd number of arguments");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }
}
