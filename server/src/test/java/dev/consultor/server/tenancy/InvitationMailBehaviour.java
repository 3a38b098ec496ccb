package dev.consultor.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.FakeSmtpServer;
import dev.consultor.server.FakeSmtpServer.Received;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** With SMTP configured, an invitation is also mailed to the invitee, once it is committed. */
public interface InvitationMailBehaviour extends Stack {
    Duration WAIT = Duration.ofSeconds(10);
    Pattern LINK = Pattern.compile("(\\S+/accept-invitation\\?token=(\\S+))");

    FakeSmtpServer smtp();

    @Test
    default void theInviteeIsMailedALinkThatJoinsTheOrganization() throws MessagingException {
        Api api = api();
        Account owner = register(api, "Olivia Owner", "Northwind " + UUID.randomUUID(), "en");
        String email = "invitee-" + UUID.randomUUID() + "@example.com";
        Response invite = api.post("/api/v1/invitations", Map.of("email", email, "role", "admin"), owner.accessToken());
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        JsonNode json = invite.json();
        assertThat(json.get("email_sent").asBoolean()).isTrue();
        assertThat(json.get("token").asString()).isNotBlank();

        Received received = smtp().awaitMessageTo(email, WAIT);
        assertThat(received.recipients()).containsExactly(email);
        assertThat(received.from()).isEqualTo("no-reply@consultor.test");
        MimeMessage message = received.message();
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO))).containsExactly(email);
        assertThat(addresses(message.getFrom())).containsExactly("no-reply@consultor.test");
        String organization = organizationName(api, owner);
        assertThat(message.getSubject()).isEqualTo("Olivia Owner invited you to " + organization + " on Consultor");
        String text = received.text();
        assertThat(text)
                .contains("Olivia Owner (" + owner.email() + ") invited you to join " + organization)
                .contains("as admin")
                .contains(json.get("accept_url").asString())
                .contains("expires on");

        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(link.group(1)).isEqualTo(json.get("accept_url").asString());
        Response accepted = api.post(
                "/api/v1/invitations/accept",
                Map.of("token", link.group(2), "name", "Ivo Invitee", "password", "invitee passphrase"),
                null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().get("tenant_id").asString()).isEqualTo(owner.tenantId());
        assertThat(api.login(email, "invitee passphrase").status()).isEqualTo(200);
    }

    @Test
    default void anInviterWhoSpeaksPortugueseInvitesInPortuguese() {
        Api api = api();
        Account owner = register(api, "Ana Souza", "Padaria São João " + UUID.randomUUID(), "pt-BR");
        String email = "convidado-" + UUID.randomUUID() + "@example.com";
        Response invite =
                api.post("/api/v1/invitations", Map.of("email", email, "role", "member"), owner.accessToken());
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        assertThat(invite.json().get("email_sent").asBoolean()).isTrue();

        Received received = smtp().awaitMessageTo(email, WAIT);
        String organization = organizationName(api, owner);
        assertThat(subject(received)).isEqualTo("Ana Souza convidou você para " + organization + " no Consultor");
        assertThat(received.text())
                .contains("Ana Souza (" + owner.email() + ") convidou você para participar de " + organization)
                .contains("como membro")
                .contains("O convite expira em")
                .contains(invite.json().get("accept_url").asString());
    }

    @Test
    default void namesChosenByUsersCannotAddHeadersOrLines() throws MessagingException {
        Api api = api();
        Account owner = register(api, "Eve\r\nBcc: spy@example.com", "Acme\nBcc: spy2@example.com", "en");
        String email = "target-" + UUID.randomUUID() + "@example.com";
        Response invite =
                api.post("/api/v1/invitations", Map.of("email", email, "role", "member"), owner.accessToken());
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);

        Received received = smtp().awaitMessageTo(email, WAIT);
        assertThat(received.recipients()).containsExactly(email);
        MimeMessage message = received.message();
        assertThat(message.getHeader("Bcc")).isNull();
        assertThat(addresses(message.getAllRecipients())).containsExactly(email);
        assertThat(received.data().lines()).noneMatch(line -> line.regionMatches(true, 0, "Bcc:", 0, 4));
        assertThat(subject(received))
                .isEqualTo("Eve Bcc: spy@example.com invited you to Acme Bcc: spy2@example.com on Consultor");
        assertThat(received.text().lines())
                .contains("Eve Bcc: spy@example.com (" + owner.email()
                        + ") invited you to join Acme Bcc: spy2@example.com on Consultor as member.");
    }

    @Test
    default void whenTheMailServerIsDownTheInvitationStandsAndTheLinkIsAnswered() {
        Api api = api();
        Account owner = api.register();
        String email = "unreached-" + UUID.randomUUID() + "@example.com";
        int connections = smtp().connections();
        smtp().stop();
        Response invite;
        try {
            invite = api.post("/api/v1/invitations", Map.of("email", email, "role", "member"), owner.accessToken());
        } finally {
            smtp().restart();
        }
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        assertThat(invite.json().get("email_sent").asBoolean()).isFalse();
        assertThat(smtp().connections()).isEqualTo(connections);
        assertInvitationStands(api, owner, invite, email);
    }

    @Test
    default void whenTheMailServerRefusesTheInviteeTheInvitationStands() {
        Api api = api();
        Account owner = api.register();
        String email = "refused-" + UUID.randomUUID() + "@example.com";
        int connections = smtp().connections();
        Response invite =
                api.post("/api/v1/invitations", Map.of("email", email, "role", "member"), owner.accessToken());
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        assertThat(invite.json().get("email_sent").asBoolean()).isFalse();
        assertThat(smtp().connections()).isGreaterThan(connections);
        assertInvitationStands(api, owner, invite, email);
    }

    private static void assertInvitationStands(Api api, Account owner, Response invite, String email) {
        String id = invite.json().get("invitation_id").asString();
        assertThat(api.get("/api/v1/invitations", owner.accessToken()).body()).contains(id);
        assertThat(invite.json().get("accept_url").asString())
                .contains(invite.json().get("token").asString());
        Response accepted = api.post(
                "/api/v1/invitations/accept",
                Map.of("token", invite.json().get("token").asString(), "password", "still works fine"),
                null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(api.login(email, "still works fine").status()).isEqualTo(200);
    }

    private static Account register(Api api, String name, String organization, String language) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "correct horse " + UUID.randomUUID();
        Response response = api.post(
                "/api/v1/auth/register",
                Map.of(
                        "email", email,
                        "password", password,
                        "name", name,
                        "organization_name", organization,
                        "language", language),
                null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return Account.signedIn(email, password, response.json());
    }

    private static String organizationName(Api api, Account owner) {
        return api.get("/api/v1/organization", owner.accessToken())
                .json()
                .get("name")
                .asString();
    }

    private static String subject(Received received) {
        try {
            return received.message().getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] addresses(jakarta.mail.Address[] addresses) {
        return Arrays.stream(addresses)
                .map(a -> ((InternetAddress) a).getAddress())
                .toArray(String[]::new);
    }
}
