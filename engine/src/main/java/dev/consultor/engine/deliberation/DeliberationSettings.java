package dev.consultor.engine.deliberation;

import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.deliberation.conflict.Severity;
import java.util.Objects;

/**
 * How far deliberation goes and what it may spend.
 *
 * <p>Model calls per consultation are bounded by depth. For the default roster of five advisors the bounds are
 * quick ≤ 6 (the five analyses plus one repair; conflicts are settled by the chair's rule, no debate or
 * meeting), standard ≤ 12 (analyses and their repairs, debate rounds of one call per advisor involved, and a
 * meeting of five votes when a high or critical conflict exists) and deep ≤ 24 (adds the model-assisted conflict
 * pass with a generative model, one call; the peer review, four calls; and the meeting always). Calls the meeting
 * and peer review need are set aside before debate starts. A roster of another size shifts each bound by the difference in advisors. A stage that would
 * pass the bound, or the cap on output tokens, is skipped and reported.
 *
 * @param debateThreshold conflicts of at least this severity are debated; the others are settled by the chair
 * @param debateRounds 1 or 2
 * @param maxDiscussionItems open conflicts discussed at the meeting; the rest are listed as unresolved
 * @param maxProposals proposals put to the vote (or adopted by the chair without a meeting)
 * @param maxTokensPerCall output allowance of one deliberation call
 * @param maxOutputTokens cap on the output tokens of the whole consultation, analyses included
 * @param modelAssistedConflicts whether a generative model is asked for conflicts the rules cannot see
 */
public record DeliberationSettings(
        Severity debateThreshold,
        int debateRounds,
        int maxDiscussionItems,
        int maxProposals,
        int maxTokensPerCall,
        long maxOutputTokens,
        boolean modelAssistedConflicts,
        int quickBound,
        int standardBound,
        int deepBound) {

    public static final int DEFAULT_ROSTER_SIZE = 5;

    public DeliberationSettings {
        Objects.requireNonNull(debateThreshold, "debateThreshold");
        if (debateRounds < 1 || debateRounds > 2) throw new IllegalArgumentException("debateRounds 1..2");
        if (maxDiscussionItems < 0) throw new IllegalArgumentException("maxDiscussionItems");
        if (maxProposals < 1) throw new IllegalArgumentException("maxProposals");
        if (maxTokensPerCall < 64) throw new IllegalArgumentException("maxTokensPerCall below 64");
        if (maxOutputTokens < 0) throw new IllegalArgumentException("maxOutputTokens");
        if (quickBound < 0 || standardBound < quickBound || deepBound < standardBound) {
            throw new IllegalArgumentException("call bounds must grow with depth");
        }
    }

    public static DeliberationSettings defaults() {
        return new DeliberationSettings(Severity.MEDIUM, 2, 3, 4, 1024, 60_000, true, 6, 12, 24);
    }

    /** The most model calls a consultation of this depth may make with a roster of this size. */
    public int callBound(Depth depth, int rosterSize) {
        int base = switch (depth) {
            case QUICK -> quickBound;
            case STANDARD -> standardBound;
            case DEEP -> deepBound;
        };
        return Math.max(0, base + rosterSize - DEFAULT_ROSTER_SIZE);
    }

    public DeliberationSettings withDebateThreshold(Severity threshold) {
        return new DeliberationSettings(
                threshold,
                debateRounds,
                maxDiscussionItems,
                maxProposals,
                maxTokensPerCall,
                maxOutputTokens,
                modelAssistedConflicts,
                quickBound,
                standardBound,
                deepBound);
    }

    public DeliberationSettings withMaxOutputTokens(long cap) {
        return new DeliberationSettings(
                debateThreshold,
                debateRounds,
                maxDiscussionItems,
                maxProposals,
                maxTokensPerCall,
                cap,
                modelAssistedConflicts,
                quickBound,
                standardBound,
                deepBound);
    }

    public DeliberationSettings withMaxDiscussionItems(int items) {
        return new DeliberationSettings(
                debateThreshold,
                debateRounds,
                items,
                maxProposals,
                maxTokensPerCall,
                maxOutputTokens,
                modelAssistedConflicts,
                quickBound,
                standardBound,
                deepBound);
    }
}
