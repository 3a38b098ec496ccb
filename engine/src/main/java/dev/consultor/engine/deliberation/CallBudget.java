package dev.consultor.engine.deliberation;

import dev.consultor.engine.Usage;

/**
 * The bound on one consultation's model calls and output tokens. A stage reserves its calls before it runs,
 * assuming each may use its whole output allowance; when that would pass either bound the stage does not run.
 * Thread-safe.
 */
public final class CallBudget {
    private final int maxCalls;
    private final long maxOutputTokens;
    private int calls;
    private long outputTokens;

    public CallBudget(int maxCalls, long maxOutputTokens) {
        if (maxCalls < 0 || maxOutputTokens < 0) throw new IllegalArgumentException("negative bound");
        this.maxCalls = maxCalls;
        this.maxOutputTokens = maxOutputTokens;
    }

    /** Reserves {@code count} calls of at most {@code maxTokensEach} output tokens; false, reserving none, when
     * that would pass a bound. */
    public synchronized boolean tryReserve(int count, int maxTokensEach) {
        if (calls + count > maxCalls) return false;
        if (outputTokens + (long) count * maxTokensEach > maxOutputTokens) return false;
        calls += count;
        return true;
    }

    /** Gives back reserved calls that were not made. */
    public synchronized void release(int count) {
        calls = Math.max(0, calls - count);
    }

    /** Counts calls already made outside a reservation, e.g. the advisors' analysis. */
    public synchronized void spent(Usage usage) {
        calls += usage.calls();
        outputTokens += usage.tokens().outputTokens();
    }

    /** Records the output tokens of reserved calls once they are known. */
    public synchronized void tokens(Usage usage) {
        outputTokens += usage.tokens().outputTokens();
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized int remainingCalls() {
        return maxCalls - calls;
    }

    public synchronized long outputTokens() {
        return outputTokens;
    }

    public int maxCalls() {
        return maxCalls;
    }

    public long maxOutputTokens() {
        return maxOutputTokens;
    }
}
