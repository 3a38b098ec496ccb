package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import dev.consultor.server.shared.DatabaseProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class KeyRingTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Long> published = new HashMap<>();
    private final KeyDirectory directory = (key, createdAt, retiredAt) -> published.put(key.getKeyID(), retiredAt);

    private KeyRing ring(String configuredKey) {
        return new KeyRing(
                new DatabaseProperties("", dir, 1, null, null),
                Defaults.identity(configuredKey),
                json,
                clock,
                directory);
    }

    @Test
    void keepsTheGeneratedKeyAcrossRestarts() {
        String kid = ring("").signingKey().getKeyID();
        assertThat(ring("").signingKey().getKeyID()).isEqualTo(kid);
        assertThat(Files.exists(dir.resolve("jwt-keys.json"))).isTrue();
    }

    @Test
    void aRotatedKeyVerifiesUntilTheLongestTokenItSignedHasExpired() {
        KeyRing ring = ring("");
        String old = ring.signingKey().getKeyID();
        ring.rotate();
        assertThat(published).containsKeys(old, ring.signingKey().getKeyID());
        assertThat(published.get(old)).as("announced as retired").isNotNull();
        assertThat(ring.signingKey().getKeyID()).isNotEqualTo(old);
        assertThat(ring.verificationKey(old)).isPresent();

        clock.advance(Duration.ofDays(30));
        assertThat(ring.verificationKey(old)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(ring.verificationKey(old)).isEmpty();
        assertThat(ring.publicKeys().getKeys()).extracting(JWK::getKeyID).doesNotContain(old);
    }

    @Test
    void rotatesByItselfWhenTheActiveKeyIsOlderThanTheRotationPeriod() {
        String first = ring("").signingKey().getKeyID();
        clock.advance(Duration.ofDays(91));
        KeyRing restarted = ring("");
        assertThat(restarted.signingKey().getKeyID()).isNotEqualTo(first);
        assertThat(restarted.verificationKey(first)).isPresent();
    }

    @Test
    void aConfiguredPemKeyBecomesActiveAndThePreviousKeyStillVerifies() throws Exception {
        String generated = ring("").signingKey().getKeyID();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        KeyRing ring = ring(pem);
        assertThat(ring.signingKey().getKeyID()).isNotEqualTo(generated);
        assertThat(ring.signingKey().isPrivate()).isTrue();
        assertThat(ring.verificationKey(generated)).isPresent();
        assertThat(Files.readString(dir.resolve("jwt-keys.json")))
                .as("a configured private key is never written to disk")
                .doesNotContain(
                        ((com.nimbusds.jose.jwk.ECKey) ring.signingKey()).getD().toString());
    }

    @Test
    void anRsaPemKeySignsWithRs256() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        JWK key = KeyMaterial.parse(pem);
        assertThat(KeyMaterial.algorithm(key).getName()).isEqualTo("RS256");
        assertThat(key.isPrivate()).isTrue();
    }
}
