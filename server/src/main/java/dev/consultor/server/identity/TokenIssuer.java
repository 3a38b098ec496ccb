package dev.consultor.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Signs tokens with the key ring's active key. */
@Component
class TokenIssuer {
    private final KeyRing keys;
    private final IdentityProperties properties;

    TokenIssuer(KeyRing keys, IdentityProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    String sign(TokenClaims claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject(claims.userId())
                .issuer(properties.issuer())
                .audience(properties.audience())
                .jwtID(claims.tokenId())
                .issueTime(Date.from(claims.issuedAt()))
                .expirationTime(Date.from(claims.expiresAt()))
                .claim("tenant_id", claims.tenantId())
                .claim("sid", claims.sessionId())
                .claim("type", claims.kind().claim);
        if (claims.email() != null) {
            set.claim("email", claims.email());
        }
        JWK key = keys.signingKey();
        JWSHeader header = new JWSHeader.Builder(KeyMaterial.algorithm(key))
                .type(claims.kind().headerType)
                .keyID(key.getKeyID())
                .build();
        SignedJWT jwt = new SignedJWT(header, set.build());
        try {
            jwt.sign(signer(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
        return jwt.serialize();
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        return key instanceof RSAKey rsa ? new RSASSASigner(rsa) : new ECDSASigner((ECKey) key);
    }
}
