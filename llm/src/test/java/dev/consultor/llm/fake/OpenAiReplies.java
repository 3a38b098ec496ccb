package dev.consultor.llm.fake;

import dev.consultor.engine.json.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bodies of the Chat Completions API, as OpenAI and compatible servers send them. */
public final class OpenAiReplies {
    private OpenAiReplies() {}

    public static FakeProvider.Body chat(String model, String content, long prompt, long completion, long cached) {
        var message = new LinkedHashMap<String, Object>();
        message.put("role", "assistant");
        message.put("content", content);
        message.put("refusal", null);
        var choice = new LinkedHashMap<String, Object>();
        choice.put("index", 0);
        choice.put("message", message);
        choice.put("finish_reason", "stop");
        var body = new LinkedHashMap<String, Object>();
        body.put("id", "chatcmpl-fake");
        body.put("object", "chat.completion");
        body.put("created", 1_790_000_000);
        body.put("model", model);
        body.put("choices", List.of(choice));
        body.put(
                "usage",
                Map.of(
                        "prompt_tokens",
                        prompt,
                        "completion_tokens",
                        completion,
                        "total_tokens",
                        prompt + completion,
                        "prompt_tokens_details",
                        Map.of("cached_tokens", cached)));
        return FakeProvider.json(200, Json.write(body));
    }

    public static FakeProvider.Body error(int status, String type, String code, String message) {
        var error = new LinkedHashMap<String, Object>();
        error.put("message", message);
        error.put("type", type);
        error.put("param", null);
        error.put("code", code);
        return FakeProvider.json(status, Json.write(Map.of("error", error)));
    }
}
