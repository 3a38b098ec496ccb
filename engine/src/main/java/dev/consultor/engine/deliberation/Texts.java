package dev.consultor.engine.deliberation;

import dev.consultor.engine.brief.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Localised sentences of the deliberation stages, kept in {@code text/<language>.properties} beside this package
 * so that wording is edited as text, not code. Placeholders are {@code {name}}.
 */
public final class Texts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]*)}");
    private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final Properties properties;
    private final String source;

    private final boolean portuguese;

    private Texts(Properties properties, String source) {
        this.properties = properties;
        this.source = source;
        // Sentences, not the renderer's label-and-value fields ("Conselheiros: {advisors}").
        this.portuguese = source.contains("pt-BR") && !source.startsWith("labels");
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

    /**
     * The sentence for {@code key} with each {@code {name}} replaced; arguments are name, value pairs. Every
     * placeholder of the sentence must have a value: a missing one is a bug in the caller and throws rather than
     * reaching the reader as a hole. Values are inserted as they are, never scanned for placeholders themselves.
     */
    public String get(String key, Object... namesAndValues) {
        String text = properties.getProperty(key);
        if (text == null) throw new IllegalStateException("no text '" + key + "' in " + source);
        return fillIn(text, key, portuguese, namesAndValues);
    }

    /** Fills {@code template}'s placeholders; throws when one has no value. */
    static String fill(String template, String key, Object... namesAndValues) {
        return fillIn(template, key, false, namesAndValues);
    }

    /**
     * Fills {@code template}'s placeholders; in Portuguese, a sentence inserted right after a colon starts in
     * lower case, as running text does.
     */
    static String fillIn(String template, String key, boolean portuguese, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) throw new IllegalArgumentException("odd number of arguments");
        var values = new HashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("text '" + key + "' needs a value for {" + m.group(1) + "}");
            }
            if (portuguese && Format.followsColon(template.substring(0, m.start()))) value = Format.afterColon(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** "{n} things" in the right number: the sentence {@code key.zero}, {@code key.one} or {@code key.other}. */
    public String count(String key, long n) {
        String form = n == 0 ? ".zero" : n == 1 ? ".one" : ".other";
        return get(key + form, "n", n);
    }

    public boolean has(String key) {
        return properties.containsKey(key);
    }
}
