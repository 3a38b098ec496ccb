package dev.consultor.server;

final class TestProperties {
    private TestProperties() {}

    /** Request-completion lines are debug; the logging behaviour reads them. */
    static final String COMMON = "logging.level.dev.consultor.server.shared.RequestLog=debug";

    /** Slow enough that a cancel lands mid-analysis, quick enough that a whole one takes seconds. */
    static final String MODEL_LATENCY = "consultor.consulting.offline-latency=100ms";
}
