package dev.consultor.server.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import dev.consultor.server.shared.Mailer;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.JsonNode;

public interface TenancyBehaviour extends Stack {
    @Test
    default void registrationCreatesAFreeActiveOrganization() {
        Api api = api();
        Account owner = api.register();
        Response org = api.get("/api/v1/organization", owner.accessToken());
        assertThat(org.status()).isEqualTo(200);
        assertThat(org.json().get("tenant_id").asString()).isEqualTo(owner.tenantId());
        assertThat(org.json().get("plan").asString()).isEqualTo("free");
        assertThat(org.json().get("billing_status").asString()).isEqualTo("active");
    }

    @Test
    default void privilegeFieldsInRequestBodiesAreRejectedAndNeverApplied() {
        Api api = api();
        String email = "sneaky-" + UUID.randomUUID() + "@example.com";
        Response sneaky = api.post(
                "/api/v1/auth/register",
                Map.of(
                        "email",
                        email,
                        "password",
                        "long enough secret",
                        "organization_name",
                        "Sneaky",
                        "plan",
                        "enterprise",
                        "tenant_id",
                        UUID.randomUUID().toString(),
                        "role",
                        "owner"),
                null);
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(api.login(email, "long enough secret").status()).isEqualTo(401);

        Account owner = api.register();
        Account member = invitedMember(api, owner, "member");
        Response escalate = api.put("/api/v1/me", Map.of("role", "owner"), member.accessToken());
        assertThat(escalate.status()).isEqualTo(400);
        Response moveTenant =
                api.put("/api/v1/me", Map.of("tenant_id", UUID.randomUUID().toString()), member.accessToken());
        assertThat(moveTenant.status()).isEqualTo(400);
        JsonNode me = api.get("/api/v1/me", member.accessToken()).json();
        assertThat(me.get("role").asString()).isEqualTo("member");
        assertThat(me.get("tenant_id").asString()).isEqualTo(owner.tenantId());
        assertThat(api.get("/api/v1/organization", owner.accessToken())
                        .json()
                        .get("plan")
                        .asString())
                .isEqualTo("free");
    }

    @Test
    default void anInviteeAcceptsWithTheLinkSetsAPasswordAndJoinsAsInvited() {
        Api api = api();
        Account owner = api.register();
        String email = "invitee-" + UUID.randomUUID() + "@example.com";
        Response invite = api.post("/api/v1/invitations", Map.of("email", email, "role", "admin"), owner.accessToken());
        assertThat(invite.status()).isEqualTo(201);
        String token = invite.json().get("token").asString();
        assertThat(invite.json().get("accept_url").asString()).contains(token);
        assertThat(invite.json().get("expires_at").asString()).isNotBlank();

        Response accepted = api.post(
                "/api/v1/invitations/accept",
                Map.of("token", token, "name", "Invitee", "password", "invitee passphrase"),
                null);
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.json().get("tenant_id").asString()).isEqualTo(owner.tenantId());

        Response login = api.login(email, "invitee passphrase");
        assertThat(login.status()).isEqualTo(200);
        JsonNode me = api.get("/api/v1/me", login.json().get("access_token").asString())
                .json();
        assertThat(me.get("role").asString()).isEqualTo("admin");
        assertThat(api.get("/api/v1/members", owner.accessToken()).body()).contains(email);
        // Single use.
        assertThat(api.post(
                                "/api/v1/invitations/accept",
                                Map.of("token", token, "password", "another passphrase"),
                                null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    default void aForgedOrRevokedInvitationTokenIsNotFound() {
        Api api = api();
        Account owner = api.register();
        Response invite = api.post(
                "/api/v1/invitations",
                Map.of("email", "x-" + UUID.randomUUID() + "@example.com", "role", "member"),
                owner.accessToken());
        String token = invite.json().get("token").asString();
        String forged = owner.tenantId() + "." + "A".repeat(43);
        assertThat(api.post("/api/v1/invitations/accept", Map.of("token", forged, "password", "whatever123"), null)
                        .status())
                .isEqualTo(404);
        String id = invite.json().get("invitation_id").asString();
        assertThat(api.delete("/api/v1/invitations/" + id, owner.accessToken()).status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/invitations/accept", Map.of("token", token, "password", "whatever123"), null)
                        .status())
                .isEqualTo(404);
    }

    @Test
    default void anExpiredInvitationCannotBeAccepted() {
        Api api = api();
        Account owner = api.register();
        Response invite = api.post(
                "/api/v1/invitations",
                Map.of("email", "late-" + UUID.randomUUID() + "@example.com", "role", "member"),
                owner.accessToken());
        String id = invite.json().get("invitation_id").asString();
        var jdbc = context().getBean(org.springframework.jdbc.core.JdbcTemplate.class);
        var tx = context().getBean(org.springframework.transaction.support.TransactionTemplate.class);
        dev.consultor.server.shared.TenantContext.runAs(
                owner.tenantId(),
                () -> tx.executeWithoutResult(s -> jdbc.update(
                        "update invitations set expires_at = ? where tenant_id = ? and id = ?",
                        System.currentTimeMillis() - 1,
                        owner.tenantId(),
                        id)));
        Response late = api.post(
                "/api/v1/invitations/accept",
                Map.of("token", invite.json().get("token").asString(), "password", "whatever123"),
                null);
        assertThat(late.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/invitations", owner.accessToken()).body()).doesNotContain(id);
    }

    @Test
    default void ownershipIsNeverGrantedByInvitation() {
        Api api = api();
        Account owner = api.register();
        Response invite = api.post(
                "/api/v1/invitations",
                Map.of("email", "would-be-owner-" + UUID.randomUUID() + "@example.com", "role", "owner"),
                owner.accessToken());
        assertThat(invite.status()).isEqualTo(422);
        assertThat(invite.json().get("errors").toString()).contains("\"role\"");
    }

    @Test
    default void membersCannotManageMembership() {
        Api api = api();
        Account owner = api.register();
        Account member = invitedMember(api, owner, "member");
        assertThat(api.post(
                                "/api/v1/invitations",
                                Map.of("email", "y@example.com", "role", "member"),
                                member.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.put(
                                "/api/v1/members/" + owner.userId() + "/role",
                                Map.of("role", "member"),
                                member.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/api/v1/members/" + owner.userId(), member.accessToken())
                        .status())
                .isEqualTo(403);
    }

    @Test
    default void onlyOwnersGrantOwnershipAndTheLastOwnerStays() {
        Api api = api();
        Account owner = api.register();
        Account admin = invitedMember(api, owner, "admin");
        Account member = invitedMember(api, owner, "member");

        assertThat(api.put("/api/v1/members/" + member.userId() + "/role", Map.of("role", "owner"), admin.accessToken())
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/members/" + owner.userId() + "/role", Map.of("role", "member"), owner.accessToken())
                        .status())
                .isEqualTo(409);
        assertThat(api.delete("/api/v1/members/" + owner.userId(), owner.accessToken())
                        .status())
                .isEqualTo(409);

        assertThat(api.get("/api/v1/audit-events", member.accessToken()).status())
                .isEqualTo(403);
        Response promoted =
                api.put("/api/v1/members/" + member.userId() + "/role", Map.of("role", "admin"), admin.accessToken());
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().get("role").asString()).isEqualTo("admin");
        // The role is read per request, so the promotion applies to the token already held.
        assertThat(api.get("/api/v1/audit-events", member.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    default void aRemovedMemberLosesAccessAtOnce() {
        Api api = api();
        Account owner = api.register();
        Account member = invitedMember(api, owner, "member");
        assertThat(api.get("/api/v1/me", member.accessToken()).status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/members/" + member.userId(), owner.accessToken())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", member.accessToken()).status()).isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", member.refreshToken()), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.login(member.email(), member.password()).status()).isEqualTo(401);
    }

    @Test
    default void withoutSmtpNothingIsMailedAndTheAnswerCarriesTheLink() {
        Api api = api();
        Account owner = api.register();
        Response invite = api.post(
                "/api/v1/invitations",
                Map.of("email", "unmailed-" + UUID.randomUUID() + "@example.com", "role", "member"),
                owner.accessToken());
        assertThat(invite.status()).isEqualTo(201);
        assertThat(invite.json().get("email_sent").asBoolean()).isFalse();
        assertThat(invite.json().get("accept_url").asString())
                .endsWith(
                        "/accept-invitation?token=" + invite.json().get("token").asString());
        assertThat(context().getBean(Mailer.class).enabled()).isFalse();
        assertThat(context().getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(api.get("/api/v1/invitations", owner.accessToken()).body()).doesNotContain("email_sent");
    }

    /** Invites someone into the owner's organization and accepts on their behalf. */
    static Account invitedMember(Api api, Account owner, String role) {
        String email = role + "-" + UUID.randomUUID() + "@example.com";
        String password = "member passphrase " + UUID.randomUUID();
        Response invite = api.post("/api/v1/invitations", Map.of("email", email, "role", role), owner.accessToken());
        assertThat(invite.status()).as(invite.body()).isEqualTo(201);
        Response accepted = api.post(
                "/api/v1/invitations/accept",
                Map.of("token", invite.json().get("token").asString(), "password", password),
                null);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        return Account.signedIn(email, password, accepted.json());
    }
}
