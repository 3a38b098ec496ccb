package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.identity.Role;
import dev.consultor.server.shared.Mailer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The invitation as a plain-text email to the invitee, in the inviter's language (Portuguese or
 * English). Sending is best effort: the inviter already holds the link, so a failure is logged
 * and reported, never thrown.
 */
@Component
class InvitationMail {
    private static final Logger log = LoggerFactory.getLogger(InvitationMail.class);
    private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern(
                    "MMMM d, yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PORTUGUESE_TIME = DateTimeFormatter.ofPattern(
                    "dd/MM/yyyy 'às' HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;

    InvitationMail(Mailer mailer) {
        this.mailer = mailer;
    }

    boolean enabled() {
        return mailer.enabled();
    }

    /** Whether the mail server accepted the message; false at once when mail is not configured. */
    boolean send(AuthenticatedUser inviter, String organization, Invitation invitation, String acceptUrl) {
        if (!mailer.enabled()) {
            return false;
        }
        Letter letter = letter(inviter, organization, invitation, acceptUrl);
        try {
            mailer.send(invitation.email(), letter.subject(), letter.body());
            return true;
        } catch (RuntimeException e) {
            log.warn(
                    "Invitation {} of tenant {} stands, but its email was not sent: {}",
                    invitation.id(),
                    invitation.tenantId(),
                    e.toString());
            return false;
        }
    }

    private record Letter(String subject, String body) {}

    private static Letter letter(
            AuthenticatedUser inviter, String organization, Invitation invitation, String acceptUrl) {
        String org = Mailer.oneLine(organization);
        String name = Mailer.oneLine(inviter.member().name());
        String who = name.isEmpty() || name.equalsIgnoreCase(inviter.email())
                ? inviter.email()
                : name + " (" + inviter.email() + ")";
        String subjectName = name.isEmpty() ? inviter.email() : name;
        if (portuguese(inviter.member().language())) {
            return new Letter(subjectName + " convidou você para " + org + " no Consultor", """
                    Olá,

                    %s convidou você para participar de %s no Consultor como %s.

                    Para aceitar, abra este link e escolha uma senha:
                    %s

                    O convite expira em %s. Se você não esperava este convite, ignore esta mensagem.
                    """.formatted(
                            who,
                            org,
                            portuguese(invitation.role()),
                            acceptUrl,
                            PORTUGUESE_TIME.format(invitation.expiresAt())));
        }
        return new Letter(subjectName + " invited you to " + org + " on Consultor", """
                Hello,

                %s invited you to join %s on Consultor as %s.

                To accept, open this link and choose a password:
                %s

                The invitation expires on %s. If you did not expect it, you can ignore this message.
                """.formatted(
                        who, org, invitation.role().value(), acceptUrl, ENGLISH_TIME.format(invitation.expiresAt())));
    }

    private static boolean portuguese(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("pt");
    }

    private static String portuguese(Role role) {
        return switch (role) {
            case OWNER -> "proprietário";
            case ADMIN -> "administrador";
            case MEMBER -> "membro";
        };
    }
}
