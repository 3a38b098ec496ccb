package dev.consultor.engine.model;

import java.util.Objects;
import java.util.Set;

/**
 * One ordered piece of what the model is told besides the system text.
 *
 * @param label what the block holds, e.g. "brief", "data", "dependency:analyst"
 * @param cacheable true when the block is part of the stable prefix that several calls share, so providers with
 *     prompt caching can mark it; cacheable blocks always precede the others
 * @param readers for a cacheable block, the other advisors whose requests begin with the same blocks through this
 *     one, when the engine knows them (a provider caches the prefix through it only when one of them answers on
 *     the same model); empty when any advisor of the board may
 */
public record ContextBlock(String label, String text, boolean cacheable, Set<String> readers) {
    public ContextBlock {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        readers = Set.copyOf(readers);
    }

    public ContextBlock(String label, String text, boolean cacheable) {
        this(label, text, cacheable, Set.of());
    }
}
