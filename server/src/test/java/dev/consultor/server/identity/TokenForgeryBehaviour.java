package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every way of forging or misusing a token ends in 401, never in 200 or 500. */
public interface TokenForgeryBehaviour extends Stack {
    @Test
    default void aTokenForgedExactlyLikeOursIsAcceptedSoTheNegativeCasesMeanSomething() throws Exception {
        Victim v = victim();
        assertThat(me(v, sign(v, h -> h, c -> c))).isEqualTo(200);
    }

    @Test
    default void tokensSignedByAnotherNodesPublishedKeyAreAccepted() throws Exception {
        Victim v = victim();
        ECKey otherNode = (ECKey) KeyMaterial.generate();
        String token = signWith(otherNode, header(otherNode.getKeyID()), claims(v));
        assertThat(me(v, token)).as("not yet published").isEqualTo(401);

        context().getBean(PublishedKeys.class).publish(otherNode, System.currentTimeMillis(), null);

        assertThat(me(v, token)).isEqualTo(200);
        assertThat(v.api().get("/.well-known/jwks.json", null).body())
                .contains(otherNode.getKeyID())
                .doesNotContain("\"d\"");
    }

    @Test
    default void rejectsAlgNone() {
        Victim v = victim();
        String header = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + v.kid + "\"}");
        String payload = b64(claims(v).build().toString());
        assertThat(me(v, header + "." + payload + ".")).isEqualTo(401);
    }

    @Test
    default void rejectsHmacSignedWithThePublicKey() throws Exception {
        Victim v = victim();
        JWK publicKey = context().getBean(KeyRing.class).signingKey().toPublicJWK();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(new JOSEObjectType("at+jwt"))
                        .keyID(v.kid)
                        .build(),
                claims(v).build());
        jwt.sign(new MACSigner(publicKey.toJSONString().getBytes(StandardCharsets.UTF_8)));
        assertThat(me(v, jwt.serialize())).isEqualTo(401);
    }

    @Test
    default void rejectsUnknownKid() throws Exception {
        Victim v = victim();
        ECKey attacker = (ECKey) KeyMaterial.generate();
        assertThat(me(v, signWith(attacker, header(attacker.getKeyID()), claims(v))))
                .isEqualTo(401);
    }

    @Test
    default void rejectsAKeyEmbeddedInTheHeader() throws Exception {
        Victim v = victim();
        ECKey attacker = (ECKey) KeyMaterial.generate();
        JWSHeader.Builder header = header(attacker.getKeyID()).jwk(attacker.toPublicJWK());
        assertThat(me(v, signWith(attacker, header, claims(v)))).isEqualTo(401);
    }

    @Test
    default void rejectsJkuAndX5uHeadersEvenWhenSignedWithOurKey() throws Exception {
        Victim v = victim();
        URI evil = URI.create("https://attacker.example/keys");
        assertThat(me(v, sign(v, h -> h.jwkURL(evil), c -> c))).isEqualTo(401);
        assertThat(me(v, sign(v, h -> h.x509CertURL(evil), c -> c))).isEqualTo(401);
    }

    @Test
    default void rejectsMissingExpiry() throws Exception {
        Victim v = victim();
        assertThat(me(v, sign(v, h -> h, c -> c.expirationTime(null)))).isEqualTo(401);
    }

    @Test
    default void rejectsWrongIssuerOrAudience() throws Exception {
        Victim v = victim();
        assertThat(me(v, sign(v, h -> h, c -> c.issuer("someone-else")))).isEqualTo(401);
        assertThat(me(v, sign(v, h -> h, c -> c.audience("another-api")))).isEqualTo(401);
    }

    @Test
    default void rejectsExpiredTokensBeyondTheSmallClockSkew() throws Exception {
        Victim v = victim();
        Instant now = Instant.now();
        String expired = sign(
                v,
                h -> h,
                c -> c.issueTime(Date.from(now.minusSeconds(1200))).expirationTime(Date.from(now.minusSeconds(120))));
        assertThat(me(v, expired)).isEqualTo(401);
    }

    @Test
    default void rejectsAWrongHeaderTypeOrATamperedPayload() throws Exception {
        Victim v = victim();
        assertThat(me(v, sign(v, h -> h.type(JOSEObjectType.JWT), c -> c))).isEqualTo(401);
        String[] parts = v.account.accessToken().split("\\.");
        String tampered = parts[0] + "."
                + b64(claims(v)
                        .claim("tenant_id", UUID.randomUUID().toString())
                        .build()
                        .toString()) + "." + parts[2];
        assertThat(me(v, tampered)).isEqualTo(401);
    }

    @Test
    default void refreshTokenIsNotAnAccessTokenAndViceVersa() {
        Api api = api();
        Account owner = api.register();
        assertThat(api.get("/api/v1/me", owner.refreshToken()).status()).isEqualTo(401);
        Response misuse = api.post("/api/v1/auth/refresh", Map.of("refresh_token", owner.accessToken()), null);
        assertThat(misuse.status()).isEqualTo(401);
        assertThat(misuse.problemType()).endsWith("/unauthenticated");
    }

    @Test
    default void garbageInTheAuthorizationHeaderIs401Not500() {
        Api api = api();
        for (String junk : new String[] {"x", "a.b.c", "....", "eyJhbGciOiJFUzI1NiJ9.e30.AA"}) {
            assertThat(api.get("/api/v1/me", junk).status()).as(junk).isEqualTo(401);
        }
    }

    private Victim victim() {
        Account account = api().register();
        JsonNode claims = Jwts.claims(account.accessToken());
        return new Victim(
                api(),
                account,
                Jwts.header(account.accessToken()).get("kid").asString(),
                claims.get("sid").asString());
    }

    private int me(Victim v, String token) {
        return v.api.get("/api/v1/me", token).status();
    }

    private JWTClaimsSet.Builder claims(Victim v) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(v.account.userId())
                .issuer("consultor")
                .audience("consultor-api")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .claim("email", v.account.email())
                .claim("tenant_id", v.account.tenantId())
                .claim("sid", v.sid)
                .claim("type", "access");
    }

    private static JWSHeader.Builder header(String kid) {
        return new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(new JOSEObjectType("at+jwt"))
                .keyID(kid);
    }

    private String sign(Victim v, UnaryOperator<JWSHeader.Builder> header, UnaryOperator<JWTClaimsSet.Builder> claims)
            throws Exception {
        ECKey ours = (ECKey) context().getBean(KeyRing.class).signingKey();
        return signWith(ours, header.apply(header(ours.getKeyID())), claims.apply(claims(v)));
    }

    private static String signWith(ECKey key, JWSHeader.Builder header, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(header.build(), claims.build());
        jwt.sign(new ECDSASigner(key));
        return jwt.serialize();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    record Victim(Api api, Account account, String kid, String sid) {}
}
