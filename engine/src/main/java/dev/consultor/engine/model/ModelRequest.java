package dev.consultor.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One call to a language model.
 *
 * @param role the roster id of the advisor speaking (e.g. "financial"); providers may pick a model per role
 * @param stage the stage of the consultation, e.g. "analysis", "debate", "meeting"
 * @param system the persona and instructions
 * @param context ordered context blocks, cacheable ones first
 * @param schema the JSON schema of the answer
 * @param maxTokens the most output tokens the answer may use
 * @param intent the typed request the text was rendered from
 */
public record ModelRequest(
        String role,
        String stage,
        String system,
        List<ContextBlock> context,
        ResponseSchema schema,
        int maxTokens,
        Intent intent) {

    public ModelRequest {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(system, "system");
        context = List.copyOf(context);
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(intent, "intent");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be positive");
        boolean seenVolatile = false;
        for (ContextBlock block : context) {
            if (!block.cacheable()) seenVolatile = true;
            else if (seenVolatile) {
                throw new IllegalArgumentException("cacheable block '" + block.label() + "' follows a volatile one");
            }
        }
    }

    /** The same request with one more block at the end, e.g. the validation error of a first answer. */
    public ModelRequest withExtraContext(ContextBlock block) {
        var blocks = new java.util.ArrayList<>(context);
        blocks.add(block);
        return new ModelRequest(role, stage, system, blocks, schema, maxTokens, intent);
    }
}
