package dev.consultor.engine.playbook;

import dev.consultor.engine.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON answer against the subset of JSON Schema the advisor schema uses (type, required, properties,
 * additionalProperties, items, enum, minimum, maximum, maxLength, maxItems), so the tests hold the model to the schema a hosted model
 * would be held to by structured output.
 */
final class SchemaCheck {
    private SchemaCheck() {}

    static JsonNode agentReportSchema() {
        try (InputStream in =
                SchemaCheck.class.getResourceAsStream("/dev/consultor/engine/advisor/schemas/agent-report.json")) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations found, as paths with a reason; empty when the value conforms. */
    static List<String> violations(JsonNode schema, JsonNode value) {
        var found = new ArrayList<String>();
        check(schema, value, "$", found);
        return found;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> found) {
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            found.add(path + ": expected " + schema.get("type") + " but was " + value.getNodeType());
            return;
        }
        if (schema.has("enum")) {
            var allowed = new HashSet<String>();
            schema.get("enum").forEach(e -> allowed.add(e.asString()));
            if (!allowed.contains(value.asString())) found.add(path + ": " + value + " is not one of " + allowed);
        }
        if (value.isNumber()) {
            if (schema.has("minimum")
                    && value.asDouble() < schema.get("minimum").asDouble()) {
                found.add(path + ": below minimum");
            }
            if (schema.has("maximum")
                    && value.asDouble() > schema.get("maximum").asDouble()) {
                found.add(path + ": above maximum");
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            schema.path("required").forEach(r -> {
                if (!value.has(r.asString())) found.add(path + ": missing " + r.asString());
            });
            for (String name : value.propertyNames()) {
                if (properties.has(name)) {
                    check(properties.get(name), value.get(name), path + "." + name, found);
                } else if (schema.path("additionalProperties").isBoolean()
                        && !schema.get("additionalProperties").asBoolean()) {
                    found.add(path + ": unexpected property " + name);
                }
            }
        }
        if (value.isString()
                && schema.has("maxLength")
                && value.asString().length() > schema.get("maxLength").asInt()) {
            found.add(path + ": longer than " + schema.get("maxLength") + " characters");
        }
        if (value.isArray()
                && schema.has("maxItems")
                && value.size() > schema.get("maxItems").asInt()) {
            found.add(path + ": more than " + schema.get("maxItems") + " items");
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++)
                check(schema.get("items"), value.get(i), path + "[" + i + "]", found);
        }
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeMatches(t, value)) return true;
            return false;
        }
        return switch (type.asString()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "number" -> value.isNumber();
            case "integer" ->
                value.isIntegralNumber() || (value.isNumber() && value.asDouble() == Math.rint(value.asDouble()));
            case "null" -> value.isNull();
            case "boolean" -> value.isBoolean();
            default -> false;
        };
    }
}
