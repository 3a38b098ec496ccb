package dev.consultor.llm.anthropic;

import com.anthropic.models.messages.MessageDeltaUsage;
import com.anthropic.models.messages.RawContentBlockDeltaEvent;
import com.anthropic.models.messages.RawContentBlockStartEvent;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import dev.consultor.engine.model.TokenUsage;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Assembles a streamed answer from its server-sent events, passing each fragment on as it arrives. Kept apart
 * from the SDK's accumulator because a cut-off answer (max tokens) must still reach the engine as text.
 */
final class StreamAssembler {
    private final String toolName;
    private final Consumer<String> onDelta;
    private final Runnable onStarted;
    private final Map<Long, StringBuilder> toolInput = new HashMap<>();
    private final StringBuilder text = new StringBuilder();

    private String model = "";
    private long input;
    private long output;
    private long cacheRead;
    private long cacheWrite;
    private StopReason stopReason;
    private boolean stopped;

    StreamAssembler(String toolName, Consumer<String> onDelta, Runnable onStarted) {
        this.toolName = toolName;
        this.onDelta = onDelta;
        this.onStarted = onStarted;
    }

    void accept(RawMessageStreamEvent event) {
        event.messageStart().ifPresent(start -> {
            onStarted.run();
            model = start.message().model().asString();
            var usage = start.message().usage();
            input = usage.inputTokens();
            output = usage.outputTokens();
            cacheRead = usage.cacheReadInputTokens().orElse(0L);
            cacheWrite = usage.cacheCreationInputTokens().orElse(0L);
        });
        event.contentBlockStart().ifPresent(this::startBlock);
        event.contentBlockDelta().ifPresent(this::delta);
        event.messageDelta().ifPresent(delta -> {
            stopReason = delta.delta().stopReason().orElse(stopReason);
            mergeUsage(delta.usage());
        });
        if (event.messageStop().isPresent()) stopped = true;
    }

    private void startBlock(RawContentBlockStartEvent start) {
        start.contentBlock().toolUse().ifPresent(tool -> {
            if (tool.name().equals(toolName)) toolInput.put(start.index(), new StringBuilder());
        });
    }

    private void delta(RawContentBlockDeltaEvent event) {
        event.delta().inputJson().ifPresent(json -> {
            StringBuilder buffer = toolInput.get(event.index());
            if (buffer != null) {
                buffer.append(json.partialJson());
                if (!json.partialJson().isEmpty()) onDelta.accept(json.partialJson());
            }
        });
        event.delta().text().ifPresent(t -> {
            text.append(t.text());
            if (!t.text().isEmpty()) onDelta.accept(t.text());
        });
    }

    /** message_delta carries the final, cumulative counts. */
    private void mergeUsage(MessageDeltaUsage usage) {
        output = usage.outputTokens();
        usage.inputTokens().ifPresent(v -> input = v);
        usage.cacheReadInputTokens().ifPresent(v -> cacheRead = v);
        usage.cacheCreationInputTokens().ifPresent(v -> cacheWrite = v);
    }

    boolean complete() {
        return stopped;
    }

    StopReason stopReason() {
        return stopReason;
    }

    String model() {
        return model;
    }

    String content() {
        if (!toolInput.isEmpty()) {
            return toolInput.values().iterator().next().toString();
        }
        return text.toString();
    }

    TokenUsage usage() {
        return new TokenUsage(input, output, cacheRead, cacheWrite);
    }
}
