package dev.consultor.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Stack;
import dev.consultor.server.tenancy.TenancyBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

public interface AuditBehaviour extends Stack {
    @Test
    default void securityEventsAreRecordedForTheTenant() {
        Api api = api();
        Account owner = api.register();
        api.login(owner.email(), "wrong password!");
        String access = api.login(owner.email(), owner.password())
                .json()
                .get("access_token")
                .asString();
        Account member = TenancyBehaviour.invitedMember(api, owner, "member");
        api.put("/api/v1/members/" + member.userId() + "/role", Map.of("role", "admin"), access);
        api.delete("/api/v1/members/" + member.userId(), access);
        String refresh = api.post("/api/v1/auth/refresh", Map.of("refresh_token", owner.refreshToken()), null)
                .json()
                .get("refresh_token")
                .asString();
        api.post("/api/v1/auth/refresh", Map.of("refresh_token", owner.refreshToken()), null);
        api.put("/api/v1/me", Map.of("current_password", owner.password(), "new_password", "a new passphrase"), access);
        String fresh = api.login(owner.email(), "a new passphrase")
                .json()
                .get("access_token")
                .asString();
        api.post("/api/v1/auth/logout", null, fresh);
        assertThat(refresh).isNotBlank();

        String last = api.login(owner.email(), "a new passphrase")
                .json()
                .get("access_token")
                .asString();
        JsonNode events = api.get("/api/v1/audit-events?limit=100", last).json();
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions)
                .contains(
                        "organization.registered",
                        "login.failed",
                        "login.succeeded",
                        "member.invited",
                        "invitation.accepted",
                        "member.role_changed",
                        "member.removed",
                        "refresh_token.reused",
                        "password.changed",
                        "logout");
        JsonNode first = events.get(0);
        assertThat(first.get("occurred_at").asString()).isNotBlank();
        assertThat(first.get("request_id").asString()).isNotBlank();
    }
}
