package dev.consultor.server.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The SMTP server for the mail the server sends. Off unless {@code host} is set; then {@code from}
 * is required. STARTTLS is required unless turned off, so a password never crosses the network in
 * clear by default. {@code timeout} bounds connecting, each reply and each write.
 */
@Validated
@ConfigurationProperties("consultor.mail")
record MailProperties(
        String host,
        @Min(0) @Max(65535) int port,
        String username,
        String password,
        String from,
        Boolean starttls,
        Duration timeout) {
    MailProperties {
        host = host == null ? "" : host.strip();
        port = port == 0 ? 587 : port;
        username = username == null ? "" : username.strip();
        password = password == null ? "" : password;
        from = from == null ? "" : from.strip();
        starttls = starttls == null || starttls;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (!host.isEmpty() && from.isEmpty()) {
            throw new IllegalArgumentException(
                    "consultor.mail.from (CONSULTOR_SMTP_FROM) is required when consultor.mail.host is set");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("consultor.mail.timeout must be positive");
        }
    }

    boolean enabled() {
        return !host.isEmpty();
    }
}
