package dev.consultor.server.shared;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Plain-text mail through the SMTP server of {@code consultor.mail}. With no host configured it
 * is off: no mail session exists and nothing ever connects. Sending is synchronous, so the caller
 * knows whether the server took the message; it must not hold a transaction while it waits.
 */
public final class Mailer {
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\p{Cntrl}\\u0085\\u2028\\u2029]+");

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;

    Mailer(MailProperties properties) {
        if (!properties.enabled()) {
            this.sender = null;
            this.from = null;
            return;
        }
        this.from = address(properties.from(), "consultor.mail.from");
        this.sender = sender(properties);
        log.info(
                "Mail goes through {}:{} (STARTTLS {})",
                properties.host(),
                properties.port(),
                properties.starttls() ? "required" : "off");
    }

    public boolean enabled() {
        return sender != null;
    }

    /**
     * Sends one UTF-8 plain-text message to {@code to}.
     *
     * @throws MailException when the message is refused or the server cannot be reached
     * @throws IllegalStateException when mail is not configured
     */
    public void send(String to, String subject, String text) {
        if (sender == null) {
            throw new IllegalStateException("Mail is not configured (consultor.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(new InternetAddress(to, true));
            helper.setSubject(oneLine(subject));
            helper.setText(text, false);
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    /**
     * {@code value} on one line: line breaks and other control characters become spaces, so text
     * a user chose (a name) can neither start a header of its own nor a line that looks like ours.
     */
    public static String oneLine(String value) {
        return value == null ? "" : LINE_BREAKS.matcher(value).replaceAll(" ").strip();
    }

    private static JavaMailSenderImpl sender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.host());
        sender.setPort(properties.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean auth = !properties.username().isEmpty();
        if (auth) {
            sender.setUsername(properties.username());
            sender.setPassword(properties.password());
        }
        String timeout = Long.toString(properties.timeout().toMillis());
        Properties session = new Properties();
        session.setProperty("mail.smtp.auth", Boolean.toString(auth));
        session.setProperty("mail.smtp.starttls.enable", properties.starttls().toString());
        session.setProperty("mail.smtp.starttls.required", properties.starttls().toString());
        session.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        session.setProperty("mail.smtp.connectiontimeout", timeout);
        session.setProperty("mail.smtp.timeout", timeout);
        session.setProperty("mail.smtp.writetimeout", timeout);
        sender.setJavaMailProperties(session);
        return sender;
    }

    private static InternetAddress address(String value, String property) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return address;
        } catch (MessagingException e) {
            throw new IllegalArgumentException(property + " is not a mail address: " + value, e);
        }
    }
}
