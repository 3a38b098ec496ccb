package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

public interface SessionBehaviour extends Stack {
    @Test
    default void refreshRotatesBothTokensAndNeverExtendsTheSession() {
        Api api = api();
        Account owner = api.register();
        Response refreshed = refresh(api, owner.refreshToken());
        assertThat(refreshed.status()).isEqualTo(200);
        String next = refreshed.json().get("refresh_token").asString();
        assertThat(next).isNotEqualTo(owner.refreshToken());
        assertThat(Jwts.claims(next).get("exp").asLong())
                .isEqualTo(Jwts.claims(owner.refreshToken()).get("exp").asLong());
        assertThat(api.get("/api/v1/me", refreshed.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void aStaleAccessTokenInTheHeaderDoesNotStopARefresh() {
        Api api = api();
        Account owner = api.register();
        api.post("/api/v1/auth/logout", null, owner.accessToken());
        Account other = api.register();
        Response refreshed =
                api.post("/api/v1/auth/refresh", Map.of("refresh_token", other.refreshToken()), owner.accessToken());
        assertThat(refreshed.status()).isEqualTo(200);
    }

    @Test
    default void rejectsRefreshTokenReuseAndRevokesTheWholeFamily() {
        Api api = api();
        Account owner = api.register();
        Response first = refresh(api, owner.refreshToken());
        String successor = first.json().get("refresh_token").asString();
        String access = first.json().get("access_token").asString();
        assertThat(api.get("/api/v1/me", access).status()).isEqualTo(200);

        assertThat(refresh(api, owner.refreshToken()).status()).isEqualTo(401);

        assertThat(refresh(api, successor).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", access).status()).isEqualTo(401);
        // Another session of the same user is untouched.
        Response again = api.login(owner.email(), owner.password());
        assertThat(api.get("/api/v1/me", again.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void concurrentRefreshesWithOneTokenLetExactlyOneWin() throws Exception {
        Api api = api();
        Account owner = api.register();
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return refresh(api, owner.refreshToken()).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 401);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        }
    }

    @Test
    default void logoutRevokesTheAccessTokenAndTheRefreshFamily() {
        Api api = api();
        Account owner = api.register();
        assertThat(api.post("/api/v1/auth/logout", null, owner.accessToken()).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", owner.accessToken()).status()).isEqualTo(401);
        assertThat(refresh(api, owner.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    default void passwordChangeRevokesEverySessionOfTheUser() {
        Api api = api();
        Account owner = api.register();
        Response second = api.login(owner.email(), owner.password());
        // Both sessions in use just before the change: whatever a node remembers of them must go.
        assertThat(api.get("/api/v1/me", second.json().get("access_token").asString())
                        .status())
                .isEqualTo(200);
        String newPassword = "a brand new passphrase";

        Response change = api.put(
                "/api/v1/me",
                Map.of("current_password", owner.password(), "new_password", newPassword),
                owner.accessToken());
        assertThat(change.status()).isEqualTo(200);

        assertThat(api.get("/api/v1/me", owner.accessToken()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", second.json().get("access_token").asString())
                        .status())
                .isEqualTo(401);
        assertThat(refresh(api, owner.refreshToken()).status()).isEqualTo(401);
        assertThat(refresh(api, second.json().get("refresh_token").asString()).status())
                .isEqualTo(401);
        assertThat(api.login(owner.email(), owner.password()).status()).isEqualTo(401);
        assertThat(api.login(owner.email(), newPassword).status()).isEqualTo(200);
    }

    @Test
    default void passwordChangeRequiresTheCurrentPassword() {
        Api api = api();
        Account owner = api.register();
        Response wrong = api.put(
                "/api/v1/me",
                Map.of("current_password", "not my password", "new_password", "another passphrase"),
                owner.accessToken());
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("current_password");
        assertThat(api.get("/api/v1/me", owner.accessToken()).status()).isEqualTo(200);
    }

    private static Response refresh(Api api, String token) {
        return api.post("/api/v1/auth/refresh", Map.of("refresh_token", token), null);
    }
}
