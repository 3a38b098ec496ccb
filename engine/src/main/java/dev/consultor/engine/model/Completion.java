package dev.consultor.engine.model;

import java.time.Duration;
import java.util.Objects;

/**
 * A model's answer to one request.
 *
 * @param content the answer, JSON conforming to the request's schema
 * @param model the model that actually answered (the price table's key)
 */
public record Completion(String content, TokenUsage usage, Duration latency, String model) {
    public Completion {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(model, "model");
    }

    /** The answer's JSON text: some models wrap it in a Markdown fence even when told not to, which means nothing. */
    public String json() {
        String json = content.strip();
        if (json.startsWith("```")) {
            int start = json.indexOf('\n');
            int end = json.lastIndexOf("```");
            if (start > 0 && end > start) json = json.substring(start + 1, end).strip();
        }
        return json;
    }
}
