package dev.consultor.server;

final class TestProperties {
    private TestProperties() {}

    /** Request-completion lines are debug; the logging behaviour reads them. */
    static final String COMMON = "logging.level.dev.consultor.server.shared.RequestLog=debug";

    /**
     * Far longer than the default, so a revocation or change that forgot to evict the cached
     * access state fails the behaviours instead of passing once the entry expires.
     */
    static final String ACCESS_STATE_TTL = "consultor.identity.access-state-ttl=60s";

    /** Slow enough that a cancel lands mid-analysis, quick enough that a whole one takes seconds. */
    static final String MODEL_LATENCY = "consultor.consulting.offline-latency=100ms";
}
