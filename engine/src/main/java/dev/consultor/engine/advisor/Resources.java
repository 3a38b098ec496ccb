package dev.consultor.engine.advisor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Text resources beside this package (prompt templates, schemas), read once and kept. */
final class Resources {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private Resources() {}

    static String text(String path) {
        return CACHE.computeIfAbsent(path, Resources::load);
    }

    static Template template(String path) {
        return TEMPLATES.computeIfAbsent(path, p -> Template.compile(text(p)));
    }

    private static String load(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) throw new InvalidRoster("resource " + path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
