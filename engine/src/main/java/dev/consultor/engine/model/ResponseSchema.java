package dev.consultor.engine.model;

import java.util.Objects;

/**
 * The JSON schema the answer must satisfy, for structured output.
 *
 * @param name a short identifier, e.g. "agent_report"
 * @param json the JSON Schema document
 */
public record ResponseSchema(String name, String json) {
    public ResponseSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }
}
