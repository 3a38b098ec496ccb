package dev.consultor.llm.anthropic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the adapter needs to know about a Claude model from its id, as Anthropic's documentation states it
 * (platform.claude.com: prompt caching, and the migration guides of the Claude 5 models, read 2026-11):
 *
 * <ul>
 *   <li>the shortest prefix its prompt cache keeps; a shorter one is processed without caching, silently;
 *   <li>whether it thinks unless told not to. The Claude 5 models do (adaptive thinking is on by default), and a
 *       request that forces a tool must turn thinking off: Anthropic refuses forced tool use while thinking.
 * </ul>
 *
 * Ids are read in both of Anthropic's spellings, {@code claude-haiku-4-5[-20251001]} and the older
 * {@code claude-3-5-haiku[-latest]}.
 */
public final class ClaudeModels {
    /** The smallest minimum the documentation gives; assumed for a model it does not list yet. */
    static final long SMALLEST_CACHE_MINIMUM = 512;

    private static final Pattern NEW_STYLE =
            Pattern.compile("claude-(?<family>[a-z]+)-(?<major>\\d+)(?:-(?<minor>\\d{1,2}))?(?:-\\d{8}|-latest)?");
    private static final Pattern OLD_STYLE =
            Pattern.compile("claude-(?<major>\\d+)(?:-(?<minor>\\d{1,2}))?-(?<family>[a-z]+)(?:-\\d{8}|-latest)?");

    /** Minimum cacheable prompt length by family and version, as the prompt-caching page lists them. */
    private static final Map<String, Long> CACHE_MINIMUM = Map.ofEntries(
            Map.entry("fable 5.1", 512L),
            Map.entry("fable 5.0", 512L),
            Map.entry("mythos 5.1", 512L),
            Map.entry("mythos 5.0", 512L),
            Map.entry("opus 5.5", 512L),
            Map.entry("opus 5.0", 512L),
            Map.entry("opus 4.8", 1024L),
            Map.entry("opus 4.7", 2048L),
            Map.entry("opus 4.6", 4096L),
            Map.entry("opus 4.5", 4096L),
            Map.entry("opus 4.1", 1024L),
            Map.entry("opus 4.0", 1024L),
            Map.entry("sonnet 5.0", 1024L),
            Map.entry("sonnet 4.6", 1024L),
            Map.entry("sonnet 4.5", 1024L),
            Map.entry("sonnet 4.0", 1024L),
            Map.entry("sonnet 3.7", 1024L),
            Map.entry("haiku 4.5", 4096L),
            Map.entry("haiku 3.5", 2048L),
            Map.entry("haiku 3.0", 2048L));

    private ClaudeModels() {}

    /** A model's family ("haiku", "sonnet", "opus", ...) and version, e.g. haiku 4.5. */
    record Version(String family, int major, int minor) {
        String key() {
            return family + " " + major + "." + minor;
        }
    }

    static Optional<Version> version(String model) {
        if (model == null) return Optional.empty();
        for (Pattern pattern : new Pattern[] {NEW_STYLE, OLD_STYLE}) {
            var m = pattern.matcher(model.strip().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                String minor = m.group("minor");
                return Optional.of(new Version(
                        m.group("family"),
                        Integer.parseInt(m.group("major")),
                        minor == null ? 0 : Integer.parseInt(minor)));
            }
        }
        return Optional.empty();
    }

    /**
     * The fewest tokens a prompt prefix needs before Anthropic caches it on this model. A model the documentation
     * does not list (a newer one, or an id this class cannot read) gets the smallest documented minimum, so that a
     * prefix which may well be cached is treated as cacheable.
     */
    public static long minimumCacheableTokens(String model) {
        return version(model)
                .map(v -> CACHE_MINIMUM.getOrDefault(v.key(), SMALLEST_CACHE_MINIMUM))
                .orElse(SMALLEST_CACHE_MINIMUM);
    }

    /** Whether the model thinks unless the request turns thinking off: the Claude 5 models and later. */
    public static boolean thinksByDefault(String model) {
        return version(model).map(v -> v.major() >= 5).orElse(false);
    }
}
