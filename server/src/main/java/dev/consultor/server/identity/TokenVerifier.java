package dev.consultor.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Checks a token strictly: only our algorithms, only keys we hold (looked up by {@code kid},
 * never taken from the token), the expected header and claim type, issuer, audience and times.
 */
@Component
class TokenVerifier {
    /**
     * An access token is presented on every request for up to 15 minutes; checking its ECDSA
     * signature once is enough. Only successfully verified tokens are remembered, keyed by their
     * exact text; revocation is still checked in the database on every request.
     */
    private static final int CACHE_LIMIT = 4096;

    private final Map<String, TokenClaims> verifiedAccessTokens = new ConcurrentHashMap<>();
    private final KeyRing keys;
    private final PublishedKeys published;
    private final IdentityProperties properties;
    private final Clock clock;

    TokenVerifier(KeyRing keys, PublishedKeys published, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.published = published;
        this.properties = properties;
        this.clock = clock;
    }

    TokenClaims verify(String token, TokenKind kind) {
        if (kind == TokenKind.ACCESS) {
            TokenClaims known = verifiedAccessTokens.get(token);
            if (known != null) {
                requireUnexpired(known.expiresAt());
                return known;
            }
        }
        TokenClaims claims = verifySignedToken(token, kind);
        if (kind == TokenKind.ACCESS) {
            if (verifiedAccessTokens.size() >= CACHE_LIMIT) {
                verifiedAccessTokens.clear();
            }
            verifiedAccessTokens.put(token, claims);
        }
        return claims;
    }

    private TokenClaims verifySignedToken(String token, TokenKind kind) {
        SignedJWT jwt = parse(token);
        JWSHeader header = jwt.getHeader();
        if (header.getJWK() != null
                || header.getJWKURL() != null
                || header.getX509CertURL() != null
                || header.getX509CertChain() != null
                || header.getCriticalParams() != null) {
            throw new InvalidToken("key material or critical parameters in the header");
        }
        if (!kind.headerType.equals(header.getType())) {
            throw new InvalidToken("header typ is not " + kind.headerType);
        }
        if (header.getKeyID() == null) {
            throw new InvalidToken("no kid");
        }
        JWK key = keys.verificationKey(header.getKeyID())
                .or(() -> published.find(header.getKeyID()))
                .orElseThrow(() -> new InvalidToken("unknown kid"));
        JWSAlgorithm expected = KeyMaterial.algorithm(key);
        if (!expected.equals(header.getAlgorithm())) {
            throw new InvalidToken("algorithm " + header.getAlgorithm() + " is not " + expected);
        }
        try {
            if (!jwt.verify(verifier(key))) {
                throw new InvalidToken("bad signature");
            }
            return claims(jwt.getJWTClaimsSet(), kind);
        } catch (JOSEException | ParseException e) {
            throw new InvalidToken("unverifiable: " + e.getMessage());
        }
    }

    private TokenClaims claims(JWTClaimsSet set, TokenKind kind) throws ParseException {
        Instant now = clock.instant();
        Date exp = set.getExpirationTime();
        Date iat = set.getIssueTime();
        if (exp == null || iat == null) {
            throw new InvalidToken("missing exp or iat");
        }
        requireUnexpired(exp.toInstant());
        if (iat.toInstant().isAfter(now.plus(properties.clockSkew()))) {
            throw new InvalidToken("issued in the future");
        }
        if (!properties.issuer().equals(set.getIssuer())) {
            throw new InvalidToken("wrong issuer");
        }
        if (set.getAudience() == null || !set.getAudience().contains(properties.audience())) {
            throw new InvalidToken("wrong audience");
        }
        if (!kind.claim.equals(set.getStringClaim("type"))) {
            throw new InvalidToken("type claim is not " + kind.claim);
        }
        String jti = set.getJWTID();
        String sub = set.getSubject();
        String tenant = set.getStringClaim("tenant_id");
        String sid = set.getStringClaim("sid");
        if (jti == null || sub == null || tenant == null || sid == null) {
            throw new InvalidToken("missing jti, sub, tenant_id or sid");
        }
        return new TokenClaims(
                kind, jti, sub, tenant, sid, set.getStringClaim("email"), iat.toInstant(), exp.toInstant());
    }

    private void requireUnexpired(Instant expiresAt) {
        if (!clock.instant().isBefore(expiresAt.plus(properties.clockSkew()))) {
            throw new InvalidToken("expired");
        }
    }

    private static SignedJWT parse(String token) {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            // Unsecured (alg "none") tokens and garbage end here alike.
            throw new InvalidToken("not a signed JWT");
        }
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
    }
}
