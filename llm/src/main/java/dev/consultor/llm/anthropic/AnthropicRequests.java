package dev.consultor.llm.anthropic;

import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.CacheControlEphemeral;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.OutputConfig;
import com.anthropic.models.messages.TextBlockParam;
import com.anthropic.models.messages.ThinkingConfigDisabled;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolChoiceAuto;
import com.anthropic.models.messages.ToolChoiceTool;
import dev.consultor.engine.deliberation.debate.DebateRunner;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates an engine request into a Messages API request, laid out for prompt caching.
 *
 * <p>Anthropic caches prefixes in the order tools → system → messages. Every advisor answers the same schema and
 * reads the same brief, while its persona differs, so the layout puts what advisors share first:
 *
 * <ol>
 *   <li>tools: the one answer tool, whose input schema is the response schema (identical for all advisors);
 *   <li>system: the cacheable context blocks (brief, data, history, the board-wide rules of the answer), with a
 *       breakpoint on the last of them — the prefix every advisor of the consultation on the same model reuses;
 *       none for an advisor alone on its model (the chair on a stronger one), whose prefix no one else reads;
 *   <li>system: the advisor's own persona and instructions, with a second breakpoint in the debate, whose rounds
 *       ask the same advisor again; none in the stages that ask each advisor once (see {@link #asksAgain});
 *   <li>one user message: the volatile blocks (dependencies' digests, unavailability notes, a repair note) and
 *       the instruction to answer through the tool; never cached.
 * </ol>
 *
 * The answer is forced through the tool ({@code tool_choice} names it), so it arrives as the tool's JSON input.
 * Anthropic refuses forced tool use while a model thinks, so a model that thinks by default (the Claude 5 models) is
 * asked not to. A model that will not answer without thinking is offered the tool instead ({@code tool_choice}
 * auto, the instruction still saying to call it), with room in {@code max_tokens} for the thinking, which counts
 * towards it, and at medium effort, which bounds how long it thinks before a bounded answer.
 */
final class AnthropicRequests {
    static final String TOOL_DESCRIPTION =
            "Submit your complete answer. Call it exactly once; the input is the answer.";
    private static final CacheControlEphemeral CACHE =
            CacheControlEphemeral.builder().build();
    /** Output tokens added for the thinking of a model that answers only after thinking. */
    static final long THINKING_ALLOWANCE = 16_000;
    /** The longest system prompt Anthropic adds for tool use, in tokens (tool_choice auto; forcing one adds 313). */
    static final long TOOL_USE_PROMPT = 346;
    /**
     * Characters per token assumed when estimating whether a shared prefix can reach a model's cache minimum:
     * fewer than any Claude tokenizer averages on prose or JSON, so the estimate errs high.
     */
    private static final double GENEROUS_CHARS_PER_TOKEN = 2.5;

    private AnthropicRequests() {}

    /**
     * @param strict whether to ask for strict tool use
     * @param thinking whether the model is left to think first (it refused to answer with thinking off); the tool
     *     is then offered rather than forced
     * @param prefixShared whether another advisor answers on this model and can read the shared prefix from its
     *     cache; when none does (the chair on a model of its own), the prefix gets no breakpoint outside the debate,
     *     since writing it (1.25× input) would be read back only by a rare repair
     */
    static MessageCreateParams build(
            ModelRequest request, String model, boolean strict, boolean thinking, boolean prefixShared) {
        var system = new ArrayList<TextBlockParam>();
        List<ContextBlock> shared =
                request.context().stream().filter(ContextBlock::cacheable).toList();
        boolean markShared = prefixShared || asksAgain(request);
        for (int i = 0; i < shared.size(); i++) {
            var block = TextBlockParam.builder().text(shared.get(i).text());
            if (markShared && i == shared.size() - 1) block.cacheControl(CACHE);
            system.add(block.build());
        }
        var persona = TextBlockParam.builder().text(request.system());
        if (asksAgain(request)) persona.cacheControl(CACHE);
        system.add(persona.build());

        var user = new ArrayList<ContentBlockParam>();
        for (ContextBlock block : request.context()) {
            if (!block.cacheable()) user.add(ContentBlockParam.ofText(block.text()));
        }
        user.add(ContentBlockParam.ofText(instruction(request)));

        var params = MessageCreateParams.builder()
                .model(model)
                .addTool(tool(request, strict))
                .system(MessageCreateParams.System.ofTextBlockParams(system))
                .addUserMessageOfContentBlockParams(user);
        if (thinking) {
            params.maxTokens(request.maxTokens() + THINKING_ALLOWANCE)
                    .toolChoice(ToolChoiceAuto.builder()
                            .disableParallelToolUse(true)
                            .build())
                    .outputConfig(OutputConfig.builder()
                            .effort(OutputConfig.Effort.MEDIUM)
                            .build());
        } else {
            params.maxTokens(request.maxTokens())
                    .toolChoice(ToolChoiceTool.builder()
                            .name(toolName(request))
                            .disableParallelToolUse(true)
                            .build());
            if (ClaudeModels.thinksByDefault(model)) {
                params.thinking(ThinkingConfigDisabled.builder().build());
            }
        }
        return params.build();
    }

    /**
     * Whether the advisor's persona and instructions are worth a breakpoint of their own: only in the debate, whose
     * rounds ask the same advisor again with the same instructions. The analysis, the votes, the peer review and the
     * chair's passes ask each advisor once per consultation, so a cache write there (1.25× input) would be read
     * back only by a repair, which is rare.
     */
    static boolean asksAgain(ModelRequest request) {
        return DebateRunner.STAGE.equals(request.stage());
    }

    static String toolName(ModelRequest request) {
        return request.schema().name().replaceAll("[^a-zA-Z0-9_-]", "_");
    }

    static String instruction(ModelRequest request) {
        return "Answer now by calling the " + toolName(request) + " tool once with your complete answer.";
    }

    /** What identifies the shared prefix: the model, the tool and the cacheable blocks. */
    static String sharedPrefixKey(ModelRequest request, String model) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            digest.update(request.schema().json().getBytes(StandardCharsets.UTF_8));
            for (ContextBlock block : request.context()) {
                if (block.cacheable()) digest.update(block.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean hasSharedPrefix(ModelRequest request) {
        return request.context().stream().anyMatch(ContextBlock::cacheable);
    }

    /**
     * Whether the shared prefix (the tool, the cacheable blocks) may reach the model's cache minimum, estimated on
     * the high side. Below it nothing is cached, so warming the prefix first would only delay the other calls.
     */
    static boolean sharedPrefixMayBeCached(ModelRequest request, String model) {
        long chars = Json.write(request.schema().forModel()).length() + TOOL_DESCRIPTION.length();
        for (ContextBlock block : request.context()) {
            if (block.cacheable()) chars += block.text().length();
        }
        long tokens = (long) Math.ceil(chars / GENEROUS_CHARS_PER_TOKEN) + TOOL_USE_PROMPT;
        return tokens >= ClaudeModels.minimumCacheableTokens(model);
    }

    @SuppressWarnings("unchecked")
    private static Tool tool(ModelRequest request, boolean strict) {
        Map<String, Object> schema =
                new LinkedHashMap<>(Json.mapper().convertValue(request.schema().forModel(), Map.class));
        var input = Tool.InputSchema.builder();
        Object properties = schema.remove("properties");
        Object required = schema.remove("required");
        schema.remove("type");
        if (properties instanceof Map<?, ?> map) {
            var props = Tool.InputSchema.Properties.builder();
            ((Map<String, Object>) map)
                    .forEach((name, value) -> props.putAdditionalProperty(name, JsonValue.from(value)));
            input.properties(props.build());
        }
        if (required instanceof List<?> list)
            input.required(list.stream().map(String::valueOf).toList());
        schema.forEach((key, value) -> input.putAdditionalProperty(key, JsonValue.from(value)));
        var tool = Tool.builder()
                .name(toolName(request))
                .description(TOOL_DESCRIPTION)
                .inputSchema(input.build());
        if (strict) tool.strict(true);
        return tool.build();
    }
}
