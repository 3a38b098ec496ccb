package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.server.FakeSmtpServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;

class MailerTest {
    @Test
    void withoutAHostItIsOffAndSendsNothing() {
        Mailer mailer = new Mailer(new MailProperties(null, 0, null, null, null, null, null));
        assertThat(mailer.enabled()).isFalse();
        assertThatThrownBy(() -> mailer.send("someone@example.com", "s", "t"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHostWithoutASenderIsRejectedAtStart() {
        assertThatThrownBy(() -> new MailProperties("127.0.0.1", 25, null, null, " ", null, null))
                .hasMessageContaining("CONSULTOR_SMTP_FROM");
    }

    @Test
    void byDefaultNothingIsSentToAServerWithoutStartTls() {
        try (FakeSmtpServer smtp = FakeSmtpServer.start()) {
            Mailer mailer = new Mailer(properties(smtp, null, Duration.ofSeconds(5)));
            assertThatThrownBy(() -> mailer.send("someone@example.com", "Hello", "Secret link"))
                    .isInstanceOf(MailException.class);
            assertThat(smtp.connections()).isEqualTo(1);
            assertThat(smtp.inbox()).isEmpty();
        }
    }

    @Test
    void aServerThatNeverAnswersFailsTheSendWithinTheTimeout() {
        try (FakeSmtpServer smtp = FakeSmtpServer.start()) {
            smtp.silent(true);
            Mailer mailer = new Mailer(properties(smtp, false, Duration.ofMillis(300)));
            long start = System.nanoTime();
            assertThatThrownBy(() -> mailer.send("someone@example.com", "Hello", "Text"))
                    .isInstanceOf(MailException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void sendsUtf8PlainTextWithTheSubjectOnOneLine() throws Exception {
        try (FakeSmtpServer smtp = FakeSmtpServer.start()) {
            Mailer mailer = new Mailer(properties(smtp, false, Duration.ofSeconds(5)));
            mailer.send("someone@example.com", "Convite para São Paulo\r\nBcc: spy@example.com", "Olá, ação!\n");
            FakeSmtpServer.Received received = smtp.awaitMessageTo("someone@example.com", Duration.ofSeconds(5));
            assertThat(received.recipients()).containsExactly("someone@example.com");
            assertThat(received.message().getSubject()).isEqualTo("Convite para São Paulo Bcc: spy@example.com");
            assertThat(received.message().getHeader("Bcc")).isNull();
            assertThat(received.message().getContentType())
                    .containsIgnoringCase("text/plain")
                    .containsIgnoringCase("UTF-8");
            assertThat(received.text()).contains("Olá, ação!");
        }
    }

    private static MailProperties properties(FakeSmtpServer smtp, Boolean starttls, Duration timeout) {
        return new MailProperties(
                "127.0.0.1", smtp.port(), null, null, "Consultor <no-reply@consultor.test>", starttls, timeout);
    }
}
