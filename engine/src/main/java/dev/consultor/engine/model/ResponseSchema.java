package dev.consultor.engine.model;

import dev.consultor.engine.json.Json;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON schema the answer must satisfy, for structured output.
 *
 * @param name a short identifier, e.g. "agent_report"
 * @param json the JSON Schema document
 */
public record ResponseSchema(String name, String json) {
    /** Sizes the prompt states in words and counts; the engine reads them from {@link #json} for the output cap. */
    private static final List<String> SIZES = List.of("maxLength", "maxItems");

    /** Keywords about the document rather than the answer. */
    private static final List<String> DOCUMENT = List.of("$schema", "title");

    public ResponseSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }

    /**
     * The schema as a model is sent it, compact: the structure, types, enums, ranges and descriptions, without the
     * sizes of strings and lists, which the prompt already gives as words and counts (a model writes to those, not
     * to a character count), and without the document's own keywords. Every provider bills the tool or format
     * definition as input on every call, so what the model does not need is not sent.
     */
    public ObjectNode forModel() {
        var root = (ObjectNode) Json.mapper().readTree(json);
        root.remove(DOCUMENT);
        strip(root);
        return root;
    }

    private static void strip(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) return;
        object.remove(SIZES);
        for (String map : List.of("properties", "$defs", "definitions")) {
            object.path(map).values().forEach(ResponseSchema::strip);
        }
        strip(object.path("items"));
        strip(object.path("additionalProperties"));
        for (String list : List.of("anyOf", "oneOf", "allOf", "prefixItems")) {
            object.path(list).values().forEach(ResponseSchema::strip);
        }
    }
}
