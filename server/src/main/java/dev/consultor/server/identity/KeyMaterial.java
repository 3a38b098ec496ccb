package dev.consultor.server.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;

/** Signing keys: generated (EC P-256, ES256) or read from CONSULTOR_JWT_PRIVATE_KEY. */
final class KeyMaterial {
    private KeyMaterial() {}

    static JWK generate() {
        try {
            return new com.nimbusds.jose.jwk.gen.ECKeyGenerator(Curve.P_256)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate a signing key", e);
        }
    }

    /** A private JWK (JSON) or a PKCS#8 PEM private key, EC P-256 or RSA of at least 2048 bits. */
    static JWK parse(String configured) {
        try {
            JWK key = configured.startsWith("{") ? JWK.parse(configured) : fromPem(configured);
            if (!key.isPrivate()) {
                throw new IllegalArgumentException("CONSULTOR_JWT_PRIVATE_KEY must hold a private key");
            }
            return withDefaults(key);
        } catch (ParseException | JOSEException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("CONSULTOR_JWT_PRIVATE_KEY is not a usable key: " + e.getMessage(), e);
        }
    }

    static JWSAlgorithm algorithm(JWK key) {
        return key instanceof RSAKey ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256;
    }

    private static JWK withDefaults(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            if (!Curve.P_256.equals(ec.getCurve())) {
                throw new IllegalArgumentException("Only the P-256 curve (ES256) is supported");
            }
            ECKey.Builder builder =
                    new ECKey.Builder(ec).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256);
            return builder.keyID(ec.computeThumbprint().toString()).build();
        }
        if (key instanceof RSAKey rsa) {
            if (rsa.size() < 2048) {
                throw new IllegalArgumentException("RSA keys must have at least 2048 bits");
            }
            RSAKey.Builder builder =
                    new RSAKey.Builder(rsa).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256);
            return builder.keyID(rsa.computeThumbprint().toString()).build();
        }
        throw new IllegalArgumentException("Only EC and RSA keys are supported");
    }

    private static JWK fromPem(String pem) throws java.security.GeneralSecurityException {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body));
        try {
            ECPrivateKey privateKey =
                    (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(spec);
            ECNamedCurveParameterSpec curve = ECNamedCurveTable.getParameterSpec("secp256r1");
            org.bouncycastle.math.ec.ECPoint q =
                    curve.getG().multiply(privateKey.getS()).normalize();
            ECPoint w = new ECPoint(
                    q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
            ECPublicKey publicKey = (ECPublicKey)
                    KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, privateKey.getParams()));
            return new ECKey.Builder(Curve.P_256, publicKey)
                    .privateKey(privateKey)
                    .build();
        } catch (java.security.spec.InvalidKeySpecException notEc) {
            RSAPrivateCrtKey privateKey =
                    (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
            BigInteger modulus = privateKey.getModulus();
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, privateKey.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        }
    }
}
