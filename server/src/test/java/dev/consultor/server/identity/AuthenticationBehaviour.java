package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

public interface AuthenticationBehaviour extends Stack {
    @Test
    default void registeredOwnerLogsInAndReadsTheirProfile() {
        Api api = api();
        Account owner = api.register();

        Response login = api.login(owner.email(), owner.password());
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("token_type").asString()).isEqualTo("bearer");
        assertThat(login.json().get("expires_in").asLong()).isEqualTo(900);

        Response me = api.get("/api/v1/me", login.json().get("access_token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(owner.email());
        assertThat(me.json().get("tenant_id").asString()).isEqualTo(owner.tenantId());
        assertThat(me.json().get("role").asString()).isEqualTo("owner");
    }

    @Test
    default void accessTokenCarriesTheSeedClaimsAndIsATypedEs256Jwt() {
        Account owner = api().register();
        JsonNode header = Jwts.header(owner.accessToken());
        JsonNode claims = Jwts.claims(owner.accessToken());

        assertThat(header.get("typ").asString()).isEqualTo("at+jwt");
        assertThat(header.get("alg").asString()).isEqualTo("ES256");
        assertThat(header.get("kid").asString()).isNotBlank();
        assertThat(claims.get("sub").asString()).isEqualTo(owner.userId());
        assertThat(claims.get("email").asString()).isEqualTo(owner.email());
        assertThat(claims.get("tenant_id").asString()).isEqualTo(owner.tenantId());
        assertThat(claims.get("type").asString()).isEqualTo("access");
        assertThat(claims.get("iss").asString()).isEqualTo("consultor");
        assertThat(claims.get("aud").toString()).contains("consultor-api");
        assertThat(claims.get("jti").asString()).isNotBlank();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(15 * 60);
    }

    @Test
    default void refreshTokenLastsThirtyDaysAndIsTypedAsRefresh() {
        Account owner = api().register();
        JsonNode claims = Jwts.claims(owner.refreshToken());
        assertThat(Jwts.header(owner.refreshToken()).get("typ").asString()).isEqualTo("rt+jwt");
        assertThat(claims.get("type").asString()).isEqualTo("refresh");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(30L * 24 * 3600);
    }

    @Test
    default void jwksPublishesTheSigningKeyWithoutItsPrivatePart() {
        Account owner = api().register();
        Response jwks = api().get("/.well-known/jwks.json", null);
        assertThat(jwks.status()).isEqualTo(200);
        String kid = Jwts.header(owner.accessToken()).get("kid").asString();
        assertThat(jwks.body()).contains(kid).doesNotContain("\"d\"");
    }

    @Test
    default void rotationKeepsTokensSignedByThePreviousKeyValid() {
        Api api = api();
        Account owner = api.register();
        String oldKid = Jwts.header(owner.accessToken()).get("kid").asString();

        context().getBean(KeyRing.class).rotate();

        assertThat(api.get("/api/v1/me", owner.accessToken()).status()).isEqualTo(200);
        Response login = api.login(owner.email(), owner.password());
        String newKid = Jwts.header(login.json().get("access_token").asString())
                .get("kid")
                .asString();
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(api.get("/.well-known/jwks.json", null).body()).contains(oldKid, newKid);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refresh_token", owner.refreshToken()), null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    default void aBlankNameIsRejected() {
        Api api = api();
        Account owner = api.register();
        Response blank = api.put("/api/v1/me", Map.of("name", "   "), owner.accessToken());
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.json().get("errors").toString()).contains("\"name\"");
    }

    @Test
    default void profileChangesAreSavedAndReturned() {
        Api api = api();
        Account owner = api.register();
        Response put = api.put("/api/v1/me", Map.of("name", "Ana Souza", "language", "pt-BR"), owner.accessToken());
        assertThat(put.status()).isEqualTo(200);
        Response me = api.get("/api/v1/me", owner.accessToken());
        assertThat(me.json().get("name").asString()).isEqualTo("Ana Souza");
        assertThat(me.json().get("language").asString()).isEqualTo("pt-BR");
    }
}
