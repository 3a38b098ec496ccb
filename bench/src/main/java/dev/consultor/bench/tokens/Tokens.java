package dev.consultor.bench.tokens;

/**
 * The token estimate both sides of the benchmark use: one token per four characters, rounded up. Real tokenisers
 * differ (Portuguese and JSON punctuation cost a little more), but the same rule on both sides keeps the ratio
 * honest, and every figure can be reproduced without a tokeniser.
 */
final class Tokens {
    /** Tokens Anthropic adds for the tool-use system prompt when a tool is forced (Claude 4 models). */
    static final long TOOL_USE_OVERHEAD = 313;

    /** Output costs five times input on every Claude 4.5 model; cache writes 1.25 and reads 0.1 times. */
    static final double OUTPUT_WEIGHT = 5;

    static final double CACHE_WRITE_WEIGHT = 1.25;
    static final double CACHE_READ_WEIGHT = 0.1;

    private Tokens() {}

    static long of(String text) {
        return ofChars(text.length());
    }

    static long ofChars(long chars) {
        return (chars + 3) / 4;
    }
}
