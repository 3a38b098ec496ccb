package dev.consultor.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.consulting.ExecutionBehaviour;
import dev.consultor.server.tenancy.TenancyBehaviour;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Tenant B, a fully privileged owner, tries every route of the API against tenant A. A route
 * that addresses a resource by id answers 404 for A's ids; a route that lists or shows answers
 * with B's data only. The routes come from the handler mapping, so a new endpoint that is not
 * in this matrix fails the build until someone decides how it is isolated.
 */
public interface IsolationMatrixBehaviour extends Stack {
    record World(Api api, Account a, Account aMember, String aInvitationId, Account b) {}

    interface Probe {
        void check(World world);
    }

    Probe PUBLIC = world -> {}; // no tenant data: checked by the authentication behaviours

    static Map<String, Probe> matrix() {
        Map<String, Probe> m = new TreeMap<>();
        m.put("POST /api/v1/auth/register", PUBLIC);
        m.put("POST /api/v1/auth/login", PUBLIC);
        m.put("POST /api/v1/auth/refresh", PUBLIC);
        m.put("POST /api/v1/invitations/accept", PUBLIC);
        m.put("GET /.well-known/jwks.json", PUBLIC);
        m.put("POST /api/v1/auth/logout", w -> {
            Response login = w.api().login(w.b().email(), w.b().password());
            assertThat(w.api()
                            .post(
                                    "/api/v1/auth/logout",
                                    null,
                                    login.json().get("access_token").asString())
                            .status())
                    .isEqualTo(204);
            assertThat(w.api().get("/api/v1/me", w.a().accessToken()).status()).isEqualTo(200);
        });
        m.put(
                "GET /api/v1/me",
                w -> assertThat(w.api().get("/api/v1/me", w.b().accessToken()).body())
                        .doesNotContain(w.a().userId(), w.a().tenantId(), w.a().email()));
        m.put("PUT /api/v1/me", w -> {
            assertThat(w.api()
                            .put("/api/v1/me", Map.of("name", "B renamed"), w.b().accessToken())
                            .status())
                    .isEqualTo(200);
            assertThat(w.api()
                            .get("/api/v1/me", w.a().accessToken())
                            .json()
                            .get("name")
                            .asString())
                    .isNotEqualTo("B renamed");
        });
        m.put(
                "GET /api/v1/organization",
                w -> assertThat(w.api()
                                .get("/api/v1/organization", w.b().accessToken())
                                .body())
                        .doesNotContain(w.a().tenantId()));
        m.put(
                "GET /api/v1/members",
                w -> assertThat(w.api()
                                .get("/api/v1/members", w.b().accessToken())
                                .body())
                        .doesNotContain(
                                w.a().userId(),
                                w.aMember().userId(),
                                w.aMember().email()));
        m.put(
                "PUT /api/v1/members/{userId}/role",
                w -> assertThat(w.api()
                                .put(
                                        "/api/v1/members/" + w.aMember().userId() + "/role",
                                        Map.of("role", "admin"),
                                        w.b().accessToken())
                                .status())
                        .isEqualTo(404));
        m.put(
                "DELETE /api/v1/members/{userId}",
                w -> assertThat(w.api()
                                .delete("/api/v1/members/" + w.aMember().userId(), w.b().accessToken())
                                .status())
                        .isEqualTo(404));
        m.put(
                "GET /api/v1/invitations",
                w -> assertThat(w.api()
                                .get("/api/v1/invitations", w.b().accessToken())
                                .body())
                        .doesNotContain(w.aInvitationId()));
        m.put("POST /api/v1/invitations", w -> {
            Response invite = w.api()
                    .post(
                            "/api/v1/invitations",
                            Map.of("email", "b-" + UUID.randomUUID() + "@example.com", "role", "member"),
                            w.b().accessToken());
            assertThat(invite.status()).isEqualTo(201);
            assertThat(w.api().get("/api/v1/invitations", w.a().accessToken()).body())
                    .doesNotContain(invite.json().get("invitation_id").asString());
        });
        m.put(
                "DELETE /api/v1/invitations/{invitationId}",
                w -> assertThat(w.api()
                                .delete("/api/v1/invitations/" + w.aInvitationId(), w.b().accessToken())
                                .status())
                        .isEqualTo(404));
        m.put(
                "GET /api/v1/audit-events",
                w -> assertThat(w.api()
                                .get("/api/v1/audit-events?limit=500", w.b().accessToken())
                                .body())
                        .doesNotContain(w.a().userId(), w.aMember().userId()));
        executions(m);
        return m;
    }

    /** Each probe submits its own execution of A's, so they do not depend on each other. */
    private static void executions(Map<String, Probe> m) {
        m.put("POST /api/v1/executions", w -> {
            String bs = ExecutionBehaviour.submit(w.api(), w.b(), "quick");
            assertThat(w.api()
                            .get("/api/v1/executions/" + bs, w.a().accessToken())
                            .status())
                    .isEqualTo(404);
        });
        m.put("GET /api/v1/executions", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            assertThat(w.api()
                            .get("/api/v1/executions?limit=100", w.b().accessToken())
                            .body())
                    .doesNotContain(as, w.a().userId());
        });
        m.put("GET /api/v1/executions/{id}", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            Response missing = w.api().get("/api/v1/executions/" + UUID.randomUUID(), w.b().accessToken());
            Response foreign = w.api().get("/api/v1/executions/" + as, w.b().accessToken());
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
        });
        m.put("GET /api/v1/executions/{id}/events", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            assertThat(w.api()
                            .get("/api/v1/executions/" + as + "/events", w.b().accessToken())
                            .status())
                    .isEqualTo(404);
        });
        m.put("POST /api/v1/executions/{id}/cancel", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "deep");
            assertThat(w.api()
                            .post("/api/v1/executions/" + as + "/cancel", null, w.b().accessToken())
                            .status())
                    .isEqualTo(404);
            assertThat(w.api()
                            .get("/api/v1/executions/" + as, w.a().accessToken())
                            .json()
                            .get("status")
                            .asString())
                    .isNotEqualTo("cancelled");
        });
        m.put("POST /api/v1/executions/{id}/refine", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            ExecutionBehaviour.awaitFinished(w.api(), w.a(), as);
            Response foreign = w.api()
                    .post(
                            "/api/v1/executions/" + as + "/refine",
                            Map.of("question", "Quais são os riscos?"),
                            w.b().accessToken());
            Response missing = w.api()
                    .post(
                            "/api/v1/executions/" + UUID.randomUUID() + "/refine",
                            Map.of("question", "Quais são os riscos?"),
                            w.b().accessToken());
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.json().get("detail")).isEqualTo(missing.json().get("detail"));
            assertThat(w.api()
                            .get("/api/v1/executions/" + as + "/messages", w.a().accessToken())
                            .json()
                            .get("items"))
                    .isEmpty();
        });
        m.put("GET /api/v1/executions/{id}/messages", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            ExecutionBehaviour.awaitFinished(w.api(), w.a(), as);
            Response asked = w.api()
                    .post(
                            "/api/v1/executions/" + as + "/refine",
                            Map.of("question", "Quais são os riscos?"),
                            w.a().accessToken());
            assertThat(asked.status()).isEqualTo(201);
            Response foreign = w.api().get("/api/v1/executions/" + as + "/messages", w.b().accessToken());
            assertThat(foreign.status()).isEqualTo(404);
            assertThat(foreign.body())
                    .doesNotContain(asked.json().get("message_id").asString());
        });
        m.put("DELETE /api/v1/executions/{id}", w -> {
            String as = ExecutionBehaviour.submit(w.api(), w.a(), "quick");
            assertThat(w.api()
                            .delete("/api/v1/executions/" + as, w.b().accessToken())
                            .status())
                    .isEqualTo(404);
            assertThat(w.api()
                            .get("/api/v1/executions/" + as, w.a().accessToken())
                            .status())
                    .isEqualTo(200);
        });
    }

    @Test
    default void everyRouteOfTheApiIsInTheIsolationMatrix() {
        RequestMappingHandlerMapping mapping =
                context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        TreeSet<String> routes = new TreeSet<>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            String type = method.getBeanType().getName();
            if (type.startsWith("dev.consultor.server.") && !type.endsWith("FallbackErrors")) {
                routes.addAll(keys(info));
            }
        });
        assertThat(routes).isEqualTo(matrix().keySet());
    }

    @Test
    default void tenantBGetsNothingOfTenantAFromAnyRoute() {
        Api api = api();
        Account a = api.register();
        Account aMember = TenancyBehaviour.invitedMember(api, a, "member");
        Response invitation = api.post(
                "/api/v1/invitations",
                Map.of("email", "pending-" + UUID.randomUUID() + "@example.com", "role", "member"),
                a.accessToken());
        Account b = api.register();
        World world = new World(
                api, a, aMember, invitation.json().get("invitation_id").asString(), b);

        matrix().forEach((route, probe) -> probe.check(world));

        assertThat(api.get("/api/v1/members", a.accessToken()).body()).contains(aMember.userId());
        assertThat(api.get("/api/v1/invitations", a.accessToken()).body()).contains(world.aInvitationId());
        assertThat(api.get("/api/v1/me", aMember.accessToken())
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("member");
    }

    private static TreeSet<String> keys(RequestMappingInfo info) {
        TreeSet<String> keys = new TreeSet<>();
        var methods = info.getMethodsCondition().getMethods();
        for (String pattern : info.getPatternValues()) {
            if (methods.isEmpty()) {
                keys.add("ANY " + pattern);
            }
            for (RequestMethod method : methods) {
                keys.add(method.name() + " " + pattern);
            }
        }
        return keys;
    }
}
