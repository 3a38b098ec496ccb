package dev.consultor.engine.model;

import java.util.Objects;

/**
 * One ordered piece of what the model is told besides the system text.
 *
 * @param label what the block holds, e.g. "brief", "data", "dependency:analyst"
 * @param cacheable true when the block is part of the stable prefix that several calls share, so providers with
 *     prompt caching can mark it; cacheable blocks always precede the others
 */
public record ContextBlock(String label, String text, boolean cacheable) {
    public ContextBlock {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
    }
}
