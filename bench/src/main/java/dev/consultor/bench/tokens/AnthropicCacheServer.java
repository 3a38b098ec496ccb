package dev.consultor.bench.tokens;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.json.Json;
import dev.consultor.llm.anthropic.ClaudeModels;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Messages API on loopback that bills like Anthropic's prompt cache, counting tokens as {@link Tokens#of}:
 *
 * <ul>
 *   <li>the prompt is the sequence tools → system blocks → message blocks; a block with {@code cache_control}
 *       is a breakpoint, and the prefix through it is a cache entry (per model, matched exactly);
 *   <li>a prefix shorter than the model's minimum ({@link ClaudeModels#minimumCacheableTokens}: 4096 tokens for
 *       Haiku 4.5, 1024 for Sonnet 4.5, 512 for the Claude 5 models) is never cached;
 *   <li>the longest cached breakpoint prefix is read (billed at 0.1×); from there to the last cacheable
 *       breakpoint is written (1.25×); the rest is plain input;
 *   <li>forcing a tool adds Anthropic's tool-use system prompt (313 tokens) to the tools.
 * </ul>
 *
 * It answers every advisor, streamed when asked, with the sample report {@code answers} gives for it, less the
 * parts the request's tool does not define.
 */
final class AnthropicCacheServer implements AutoCloseable {
    private final HttpServer server;
    private final Function<String, String> answers;
    private final Language language;
    private final Set<String> cache = ConcurrentHashMap.newKeySet();

    private AnthropicCacheServer(HttpServer server, Language language, Function<String, String> answers) {
        this.server = server;
        this.language = language;
        this.answers = answers;
    }

    /** @param answers the JSON answer for an advisor id */
    static AnthropicCacheServer start(Language language, Function<String, String> answers) {
        try {
            var http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            var server = new AnthropicCacheServer(http, language, answers);
            http.createContext("/v1/messages", server::handle);
            http.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private record Block(String content, long tokens, boolean breakpoint) {}

    record Usage(long input, long cacheRead, long cacheWrite) {}

    Usage bill(JsonNode request) {
        String model = request.get("model").asString();
        var blocks = new ArrayList<Block>();
        JsonNode tools = request.path("tools");
        if (tools.isArray() && !tools.isEmpty()) {
            boolean marked = tools.toString().contains("cache_control");
            String content = tools.toString();
            blocks.add(new Block(content, Tokens.of(content) + Tokens.TOOL_USE_OVERHEAD, marked));
        }
        for (JsonNode block : request.path("system")) blocks.add(block(block));
        for (JsonNode message : request.path("messages")) {
            JsonNode content = message.path("content");
            if (content.isString()) blocks.add(new Block(content.asString(), Tokens.of(content.asString()), false));
            else for (JsonNode block : content) blocks.add(block(block));
        }
        long total = 0;
        var prefix = new StringBuilder(model);
        var breakpoints = new ArrayList<Map.Entry<String, Long>>();
        for (Block block : blocks) {
            total += block.tokens();
            prefix.append('\u0000').append(block.content());
            if (block.breakpoint() && total >= ClaudeModels.minimumCacheableTokens(model)) {
                breakpoints.add(Map.entry(
                        Integer.toHexString(prefix.toString().hashCode()) + ":" + prefix.length() + ":" + total,
                        total));
            }
        }
        long read = 0;
        for (var bp : breakpoints) if (cache.contains(bp.getKey())) read = bp.getValue();
        long write = 0;
        if (!breakpoints.isEmpty()) {
            long last = breakpoints.get(breakpoints.size() - 1).getValue();
            write = last - read;
            breakpoints.forEach(bp -> cache.add(bp.getKey()));
        }
        return new Usage(total - read - write, read, write);
    }

    private static Block block(JsonNode block) {
        String text = block.path("text").asString("");
        return new Block(text, Tokens.of(text), block.has("cache_control"));
    }

    private String advisorOf(String body) {
        for (AdvisorSpec spec : Roster.defaults().inDependencyOrder()) {
            if (body.contains(spec.persona(language).substring(0, 40))) return spec.id();
        }
        throw new IllegalStateException("no advisor persona in the request");
    }

    /**
     * The answer as the request's tool lets the model write it: a tool narrowed to the advisor's own parts (the chair
     * alone on its model) has no other parts to answer empty.
     */
    private static String asTheToolAllows(String answer, JsonNode request) {
        JsonNode properties = request.path("tools").path(0).path("input_schema").path("properties");
        var tree = (ObjectNode) Json.mapper().readTree(answer);
        tree.propertyNames().stream()
                .filter(name -> !properties.has(name))
                .toList()
                .forEach(tree::remove);
        return Json.write(tree);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode request = Json.mapper().readTree(body);
        Usage usage = bill(request);
        String answer = asTheToolAllows(answers.apply(advisorOf(body)), request);
        long output = Tokens.of(answer);
        String model = request.get("model").asString();
        try (exchange) {
            if (request.path("stream").asBoolean(false)) stream(exchange, model, answer, usage, output);
            else whole(exchange, model, answer, usage, output);
        }
    }

    private static Map<String, Object> usage(Usage usage, long output) {
        var map = new LinkedHashMap<String, Object>();
        map.put("input_tokens", usage.input());
        map.put("output_tokens", output);
        map.put("cache_creation_input_tokens", usage.cacheWrite());
        map.put("cache_read_input_tokens", usage.cacheRead());
        return map;
    }

    private static void whole(HttpExchange exchange, String model, String answer, Usage usage, long output)
            throws IOException {
        var message = message(model, usage, output);
        message.put(
                "content",
                List.of(Map.of(
                        "type",
                        "tool_use",
                        "id",
                        "toolu_b",
                        "name",
                        "agent_report",
                        "input",
                        Json.read(answer, Object.class))));
        message.put("stop_reason", "tool_use");
        byte[] bytes = Json.write(message).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static LinkedHashMap<String, Object> message(String model, Usage usage, long output) {
        var message = new LinkedHashMap<String, Object>();
        message.put("id", "msg_bench");
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", model);
        message.put("content", List.of());
        message.put("stop_reason", null);
        message.put("stop_sequence", null);
        message.put("usage", usage(usage, output));
        return message;
    }

    private static void stream(HttpExchange exchange, String model, String answer, Usage usage, long output)
            throws IOException {
        exchange.getResponseHeaders().add("content-type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            var start = message(model, usage, 1);
            send(out, "message_start", Map.of("type", "message_start", "message", start));
            send(
                    out,
                    "content_block_start",
                    Map.of(
                            "type",
                            "content_block_start",
                            "index",
                            0,
                            "content_block",
                            Map.of("type", "tool_use", "id", "toolu_b", "name", "agent_report", "input", Map.of())));
            for (int i = 0; i < answer.length(); i += 400) {
                String part = answer.substring(i, Math.min(answer.length(), i + 400));
                send(
                        out,
                        "content_block_delta",
                        Map.of(
                                "type",
                                "content_block_delta",
                                "index",
                                0,
                                "delta",
                                Map.of("type", "input_json_delta", "partial_json", part)));
            }
            send(out, "content_block_stop", Map.of("type", "content_block_stop", "index", 0));
            var delta = new LinkedHashMap<String, Object>();
            delta.put("stop_reason", "tool_use");
            delta.put("stop_sequence", null);
            send(out, "message_delta", Map.of("type", "message_delta", "delta", delta, "usage", usage(usage, output)));
            send(out, "message_stop", Map.of("type", "message_stop"));
        }
    }

    private static void send(OutputStream out, String event, Object data) throws IOException {
        out.write(("event: " + event + "\ndata: " + Json.write(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
