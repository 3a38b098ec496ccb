package dev.consultor.server;

import org.springframework.test.context.DynamicPropertyRegistry;

final class TestProperties {
    private TestProperties() {}

    /** The sender every mail test expects on its messages. */
    static final String MAIL_FROM = "Consultor <no-reply@consultor.test>";

    /** SMTP through {@code smtp}, in clear: the fake server offers no STARTTLS. */
    static void mail(DynamicPropertyRegistry registry, FakeSmtpServer smtp) {
        registry.add("consultor.mail.host", () -> "127.0.0.1");
        registry.add("consultor.mail.port", smtp::port);
        registry.add("consultor.mail.from", () -> MAIL_FROM);
        registry.add("consultor.mail.starttls", () -> "false");
        registry.add("consultor.mail.timeout", () -> "5s");
    }

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
