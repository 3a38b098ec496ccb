package dev.consultor.engine.advisor;

import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.json.Json;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The output-token budget of an advisor's answer, read off its schema: the longest answer the schema allows at a
 * depth (every string at its {@code maxLength}, every list at its size for the depth or its {@code maxItems}), so
 * the request's {@code max_tokens} is a hard cap that a conforming answer never reaches and a runaway one cannot
 * pass. A schema with an unbounded string or list has no budget; the engine's own limit applies then.
 */
public final class AnswerBudget {
    /**
     * Characters per token assumed when turning the longest answer into tokens: fewer than the usual four, because
     * JSON punctuation and Portuguese accents split into more tokens than English prose.
     */
    static final double CHARS_PER_TOKEN = 3.0;

    private static final Map<String, OptionalInt> CACHE = new ConcurrentHashMap<>();

    private AnswerBudget() {}

    /** The budget in tokens for answering {@code schemaJson} at {@code depth}, when every part of it is bounded. */
    public static OptionalInt tokens(String schemaJson, Depth depth) {
        return CACHE.computeIfAbsent(depth.name() + '\u0000' + schemaJson, key -> {
            long chars = longest(Json.mapper().readTree(schemaJson), null, depth);
            return chars < 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.ceil(chars / CHARS_PER_TOKEN));
        });
    }

    /** The longest JSON text (in characters) conforming to {@code schema}, or -1 when unbounded. */
    private static long longest(JsonNode schema, String name, Depth depth) {
        if (schema.has("enum")) {
            long max = 0;
            for (JsonNode value : schema.get("enum"))
                max = Math.max(max, value.toString().length());
            return max;
        }
        String type = type(schema);
        return switch (type) {
            case "string" -> schema.has("maxLength") ? schema.get("maxLength").asLong() + 2 : -1;
            case "number" -> 16;
            case "integer" -> 6;
            case "boolean" -> 5;
            case "null" -> 4;
            case "object" -> {
                long total = 2;
                for (var property : schema.path("properties").properties()) {
                    long value = longest(property.getValue(), property.getKey(), depth);
                    if (value < 0) yield -1;
                    total += property.getKey().length() + 4 + value;
                }
                yield total;
            }
            case "array" -> {
                int items = items(schema, name, depth);
                long each = longest(schema.path("items"), null, depth);
                yield items < 0 || each < 0 ? -1 : 2 + items * (each + 1);
            }
            default -> -1;
        };
    }

    /** A top-level list the depth sizes takes the depth's count; any other list its {@code maxItems}. */
    private static int items(JsonNode schema, String name, Depth depth) {
        int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : -1;
        int count = name == null
                ? -1
                : switch (name) {
                    case "hypotheses" -> depth.hypotheses();
                    case "recommendations" -> depth.recommendations();
                    case "risks" -> depth.risks();
                    case "kpis" -> depth.kpis();
                    default -> -1;
                };
        if (count < 0) return max;
        return max < 0 ? count : Math.min(count, max);
    }

    /** The widest of the types a value may take ({@code ["number", "null"]} is a number at its longest). */
    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (!type.isArray()) return type.asString("");
        String widest = "null";
        for (JsonNode t : type) {
            String candidate = t.asString();
            if (!candidate.equals("null")) widest = candidate;
        }
        return widest;
    }
}
