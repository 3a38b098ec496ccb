package dev.consultor.server;

final class TestProperties {
    private TestProperties() {}

    /** Request-completion lines are debug; the logging behaviour reads them. */
    static final String COMMON = "logging.level.dev.consultor.server.shared.RequestLog=debug";
}
