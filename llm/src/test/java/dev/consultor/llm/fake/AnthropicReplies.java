package dev.consultor.llm.fake;

import dev.consultor.engine.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Bodies of the Anthropic Messages API, as its server sends them. */
public final class AnthropicReplies {
    public static final String TOOL = "agent_report";

    private AnthropicReplies() {}

    public record Tokens(long input, long output, long cacheRead, long cacheWrite) {
        public static Tokens of(long input, long output) {
            return new Tokens(input, output, 0, 0);
        }
    }

    /** A non-streamed answer whose tool input is {@code inputJson}. */
    public static FakeProvider.Body toolAnswer(String model, String inputJson, Tokens tokens) {
        return message(model, List.of(toolUse(inputJson)), "tool_use", tokens);
    }

    /** A non-streamed answer that thinks first and then calls the tool, as a model with thinking on answers. */
    public static FakeProvider.Body thinkingThenTool(String model, String inputJson, Tokens tokens) {
        return message(
                model,
                List.of(Map.of("type", "thinking", "thinking", THOUGHT, "signature", "sig_fake"), toolUse(inputJson)),
                "tool_use",
                tokens);
    }

    private static Map<String, Object> toolUse(String inputJson) {
        return Map.of(
                "type", "tool_use", "id", "toolu_fake", "name", TOOL, "input", Json.read(inputJson, Object.class));
    }

    private static FakeProvider.Body message(String model, List<?> content, String stopReason, Tokens tokens) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", "msg_fake");
        body.put("type", "message");
        body.put("role", "assistant");
        body.put("model", model);
        body.put("content", content);
        body.put("stop_reason", stopReason);
        body.put("stop_sequence", null);
        body.put("usage", usage(tokens));
        return FakeProvider.json(200, Json.write(body));
    }

    /** What the fake models think before answering; never part of an answer. */
    public static final String THOUGHT = "Weighing the funnel against pricing before answering.";

    /**
     * What the Messages API refuses about thinking, as documented: forcing a tool while the model thinks (a Claude 5
     * model thinks unless {@code thinking} is {@code disabled}), and turning thinking off on a model that always
     * thinks.
     *
     * @param alwaysThinking models whose thinking cannot be turned off
     */
    public static Optional<FakeProvider.Body> thinkingRefusal(JsonNode request, Set<String> alwaysThinking) {
        String model = request.path("model").asString("");
        String thinking = request.path("thinking").path("type").asString("");
        boolean forced = Set.of("tool", "any")
                .contains(request.path("tool_choice").path("type").asString(""));
        if (alwaysThinking.contains(model) && thinking.equals("disabled")) {
            return Optional.of(
                    error(400, "invalid_request_error", "thinking.type: 'disabled' is not supported on this model"));
        }
        boolean thinks = alwaysThinking.contains(model)
                || (model.matches("claude-[a-z]+-([5-9]|\\d{2,}).*") && !thinking.equals("disabled"));
        if (thinks && forced) {
            return Optional.of(error(
                    400, "invalid_request_error", "Thinking may not be enabled when tool_choice forces tool use."));
        }
        return Optional.empty();
    }

    /** A non-streamed answer in prose, as a model that ignored the tool would give. */
    public static FakeProvider.Body textAnswer(String model, String text, Tokens tokens) {
        return message(model, List.of(Map.of("type", "text", "text", text)), "end_turn", tokens);
    }

    /** A streamed answer: the tool input is sent in {@code chunks} input_json_delta fragments. */
    public static FakeProvider.Events toolStream(String model, String inputJson, Tokens tokens, int chunks) {
        return stream(model, inputJson, tokens, chunks, false);
    }

    /** A streamed answer that thinks first: a thinking block (its text, then its signature), then the tool. */
    public static FakeProvider.Events thinkingThenToolStream(
            String model, String inputJson, Tokens tokens, int chunks) {
        return stream(model, inputJson, tokens, chunks, true);
    }

    private static FakeProvider.Events stream(
            String model, String inputJson, Tokens tokens, int chunks, boolean thinkingFirst) {
        var events = new ArrayList<String>();
        var start = new LinkedHashMap<String, Object>();
        start.put("id", "msg_fake");
        start.put("type", "message");
        start.put("role", "assistant");
        start.put("model", model);
        start.put("content", List.of());
        start.put("stop_reason", null);
        start.put("stop_sequence", null);
        start.put("usage", usage(new Tokens(tokens.input(), 1, tokens.cacheRead(), tokens.cacheWrite())));
        events.add(event("message_start", Map.of("type", "message_start", "message", start)));
        int index = 0;
        if (thinkingFirst) {
            events.add(blockStart(0, Map.of("type", "thinking", "thinking", "", "signature", "")));
            events.add(delta(0, Map.of("type", "thinking_delta", "thinking", THOUGHT)));
            events.add(delta(0, Map.of("type", "signature_delta", "signature", "sig_fake")));
            events.add(event("content_block_stop", Map.of("type", "content_block_stop", "index", 0)));
            index = 1;
        }
        events.add(blockStart(index, Map.of("type", "tool_use", "id", "toolu_fake", "name", TOOL, "input", Map.of())));
        events.add(event("ping", Map.of("type", "ping")));
        for (String part : split(inputJson, chunks)) {
            events.add(delta(index, Map.of("type", "input_json_delta", "partial_json", part)));
        }
        events.add(event("content_block_stop", Map.of("type", "content_block_stop", "index", index)));
        var deltaUsage = new LinkedHashMap<String, Object>();
        deltaUsage.put("output_tokens", tokens.output());
        deltaUsage.put("input_tokens", tokens.input());
        deltaUsage.put("cache_creation_input_tokens", tokens.cacheWrite());
        deltaUsage.put("cache_read_input_tokens", tokens.cacheRead());
        var delta = new LinkedHashMap<String, Object>();
        delta.put("stop_reason", "tool_use");
        delta.put("stop_sequence", null);
        events.add(event("message_delta", Map.of("type", "message_delta", "delta", delta, "usage", deltaUsage)));
        events.add(event("message_stop", Map.of("type", "message_stop")));
        return FakeProvider.events(events);
    }

    private static String blockStart(int index, Map<String, Object> block) {
        return event(
                "content_block_start", Map.of("type", "content_block_start", "index", index, "content_block", block));
    }

    private static String delta(int index, Map<String, Object> delta) {
        return event("content_block_delta", Map.of("type", "content_block_delta", "index", index, "delta", delta));
    }

    /** An error event in the middle of a stream, after the message started. */
    public static FakeProvider.Events streamFailing(String model, String errorType, String message) {
        var start = new LinkedHashMap<String, Object>();
        start.put("id", "msg_fake");
        start.put("type", "message");
        start.put("role", "assistant");
        start.put("model", model);
        start.put("content", List.of());
        start.put("stop_reason", null);
        start.put("stop_sequence", null);
        start.put("usage", usage(Tokens.of(10, 1)));
        return FakeProvider.events(List.of(
                event("message_start", Map.of("type", "message_start", "message", start)),
                event("error", errorBody(errorType, message))));
    }

    public static FakeProvider.Body error(int status, String type, String message) {
        return FakeProvider.json(status, Json.write(errorBody(type, message)));
    }

    private static Map<String, Object> errorBody(String type, String message) {
        return Map.of("type", "error", "error", Map.of("type", type, "message", message));
    }

    private static Map<String, Object> usage(Tokens tokens) {
        var usage = new LinkedHashMap<String, Object>();
        usage.put("input_tokens", tokens.input());
        usage.put("output_tokens", tokens.output());
        usage.put("cache_creation_input_tokens", tokens.cacheWrite());
        usage.put("cache_read_input_tokens", tokens.cacheRead());
        return usage;
    }

    static String event(String name, Object data) {
        return "event: " + name + "\ndata: " + Json.write(data) + "\n\n";
    }

    static List<String> split(String text, int parts) {
        var out = new ArrayList<String>();
        int size = Math.max(1, (int) Math.ceil(text.length() / (double) parts));
        for (int i = 0; i < text.length(); i += size) out.add(text.substring(i, Math.min(text.length(), i + size)));
        return out;
    }
}
