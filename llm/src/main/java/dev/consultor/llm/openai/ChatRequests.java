package dev.consultor.llm.openai;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates an engine request into a Chat Completions body. One system message (some local chat templates
 * accept no other layout) that starts with the shared brief, rules and the colleagues' reports other advisors also
 * read first, so servers with automatic prefix caching (OpenAI, vLLM, llama.cpp) reuse them across advisors, then
 * the persona; one user message with the volatile blocks.
 */
final class ChatRequests {
    private ChatRequests() {}

    /**
     * @param completionTokens name the output budget {@code max_completion_tokens} (newer OpenAI models) rather
     *     than {@code max_tokens} (everything else)
     */
    static Map<String, Object> body(ModelRequest request, String model, boolean jsonSchema, boolean completionTokens) {
        var system = new StringBuilder();
        for (ContextBlock block : request.context()) {
            if (block.cacheable()) system.append(block.text().strip()).append("\n\n");
        }
        system.append(request.system().strip());

        var user = new StringBuilder();
        for (ContextBlock block : request.context()) {
            if (!block.cacheable()) user.append(block.text().strip()).append("\n\n");
        }
        user.append(jsonSchema ? instruction() : instructionWithSchema(request));

        var body = new LinkedHashMap<String, Object>();
        body.put("model", model);
        body.put(
                "messages",
                List.of(
                        Map.of("role", "system", "content", system.toString()),
                        Map.of("role", "user", "content", user.toString())));
        body.put(completionTokens ? "max_completion_tokens" : "max_tokens", request.maxTokens());
        body.put("stream", false);
        if (jsonSchema) {
            body.put(
                    "response_format",
                    Map.of(
                            "type",
                            "json_schema",
                            "json_schema",
                            Map.of("name", name(request), "schema", schema(request), "strict", false)));
        }
        return body;
    }

    static String instruction() {
        return "Answer with one JSON object only.";
    }

    static String instructionWithSchema(ModelRequest request) {
        return "Answer with one JSON object only, no prose and no Markdown fence, that validates against this JSON"
                + " schema:\n" + Json.write(schema(request));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(ModelRequest request) {
        return new LinkedHashMap<String, Object>(
                Json.mapper().convertValue(request.schema().forModel(), Map.class));
    }

    private static String name(ModelRequest request) {
        return request.schema().name().replaceAll("[^a-zA-Z0-9_-]", "_");
    }
}
