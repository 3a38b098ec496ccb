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
import dev.consultor.engine.advisor.Section;
import dev.consultor.engine.deliberation.debate.DebateRunner;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.llm.provider.ModelRouting;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Translates an engine request into a Messages API request, laid out for prompt caching.
 *
 * <p>Anthropic caches prefixes in the order tools → system → messages. Every advisor answers the same schema and
 * reads the same brief, while its persona differs, so the layout puts what advisors share first:
 *
 * <ol>
 *   <li>tools: the one answer tool, whose input schema is the response schema, identical for all advisors; an
 *       advisor whose prompt no other call reads (the chair alone on its model) gets only the parts it writes;
 *   <li>system: the cacheable context blocks: the brief, data, history and board-wide rules of the answer, then the
 *       colleagues' reports that other advisors also read first. A breakpoint closes each prefix that another
 *       advisor on the same model reads (see {@link #sharedBreakpoints}): after the rules, which every advisor
 *       shares, and after the analyst's report, which the commercial and market specialists both start from. An
 *       advisor alone on its model (the chair on a stronger one) marks none: no one else would read what it wrote;
 *   <li>system: the advisor's own persona and instructions, with a breakpoint in the debate, whose rounds ask the
 *       same advisor again; none in the stages that ask each advisor once (see {@link #asksAgain});
 *   <li>one user message: the volatile blocks (the reports only this advisor reads, unavailability notes, a repair
 *       note) and the instruction to answer through the tool; never cached.
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
    /** The most cache breakpoints Anthropic accepts in one request. */
    static final int MAX_BREAKPOINTS = 4;
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
     * @param breakpoints the cacheable blocks that close a prefix another advisor on this model reads ({@link
     *     #sharedBreakpoints})
     */
    static MessageCreateParams build(
            ModelRequest request, String model, boolean strict, boolean thinking, List<Integer> breakpoints) {
        var system = new ArrayList<TextBlockParam>();
        List<ContextBlock> shared = cacheable(request);
        for (int i = 0; i < shared.size(); i++) {
            var block = TextBlockParam.builder().text(shared.get(i).text());
            boolean again = asksAgain(request) && i == shared.size() - 1;
            if (breakpoints.contains(i) || again) block.cacheControl(CACHE);
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
                .addTool(tool(request, strict, breakpoints.isEmpty() && !asksAgain(request)))
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
     * The cacheable blocks (by their index among them) that close a prefix another advisor on this model reads, where
     * a cache entry is worth writing: the last block of each run with the same readers, when one of those readers
     * answers on this model. Writing costs 1.25× input for the tokens past the longest prefix read, wherever the
     * breakpoints sit, so marking each shared prefix costs nothing more and lets a later call read the longest one it
     * shares (the financial analyst reads the analyst's report from the commercial specialist's entry). At most
     * {@link #MAX_BREAKPOINTS} in all, the last ones kept; in the debate two are left, for its last cacheable block and
     * its persona.
     */
    static List<Integer> sharedBreakpoints(ModelRequest request, ModelRouting routing) {
        List<ContextBlock> shared = cacheable(request);
        var marks = new ArrayList<Integer>();
        for (int i = 0; i < shared.size(); i++) {
            Set<String> readers = shared.get(i).readers();
            boolean closesRun =
                    i == shared.size() - 1 || !shared.get(i + 1).readers().equals(readers);
            if (closesRun && routing.sharesModelWith(request.role(), readers)) marks.add(i);
        }
        int room = MAX_BREAKPOINTS - (asksAgain(request) ? 2 : 0);
        return List.copyOf(marks.subList(Math.max(0, marks.size() - room), marks.size()));
    }

    private static List<ContextBlock> cacheable(ModelRequest request) {
        return request.context().stream().filter(ContextBlock::cacheable).toList();
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

    /** What identifies the shared prefix through the cacheable block {@code through}: the model, the tool, the blocks. */
    static String sharedPrefixKey(ModelRequest request, String model, int through) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            digest.update(request.schema().json().getBytes(StandardCharsets.UTF_8));
            for (ContextBlock block : cacheable(request).subList(0, through + 1)) {
                digest.update(block.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the shared prefix through the cacheable block {@code through} (the tool, the blocks) may reach the
     * model's cache minimum, estimated on the high side. Below it nothing is cached, so warming the prefix first would
     * only delay the other calls.
     */
    static boolean sharedPrefixMayBeCached(ModelRequest request, String model, int through) {
        long chars = Json.write(request.schema().forModel()).length() + TOOL_DESCRIPTION.length();
        for (ContextBlock block : cacheable(request).subList(0, through + 1))
            chars += block.text().length();
        long tokens = (long) Math.ceil(chars / GENEROUS_CHARS_PER_TOKEN) + TOOL_USE_PROMPT;
        return tokens >= ClaudeModels.minimumCacheableTokens(model);
    }

    /**
     * The answer tool. In a prompt that no other call reads ({@code alone}: no breakpoint, and not the debate), the
     * tool is no shared prefix, so it carries only the parts of the report the advisor writes: the chair alone on
     * its model is neither billed for the other parts' definitions nor asked to write them out empty.
     */
    @SuppressWarnings("unchecked")
    private static Tool tool(ModelRequest request, boolean strict, boolean alone) {
        Map<String, Object> schema =
                new LinkedHashMap<>(Json.mapper().convertValue(request.schema().forModel(), Map.class));
        Set<String> leftOut = alone ? leftToOthers(request) : Set.of();
        var input = Tool.InputSchema.builder();
        Object properties = schema.remove("properties");
        Object required = schema.remove("required");
        schema.remove("type");
        if (properties instanceof Map<?, ?> map) {
            var props = Tool.InputSchema.Properties.builder();
            ((Map<String, Object>) map).forEach((name, value) -> {
                if (!leftOut.contains(name)) props.putAdditionalProperty(name, JsonValue.from(value));
            });
            input.properties(props.build());
        }
        if (required instanceof List<?> list)
            input.required(list.stream()
                    .map(String::valueOf)
                    .filter(name -> !leftOut.contains(name))
                    .toList());
        schema.forEach((key, value) -> input.putAdditionalProperty(key, JsonValue.from(value)));
        var tool = Tool.builder()
                .name(toolName(request))
                .description(TOOL_DESCRIPTION)
                .inputSchema(input.build());
        if (strict) tool.strict(true);
        return tool.build();
    }

    /** The parts of the report an advisor's analysis leaves to its colleagues (none for other requests). */
    static Set<String> leftToOthers(ModelRequest request) {
        if (!(request.intent() instanceof AdvisorIntent intent)) return Set.of();
        return Arrays.stream(Section.values())
                .map(Section::field)
                .filter(part -> !intent.writes(part))
                .collect(Collectors.toSet());
    }
}
