package dev.consultor.server.identity;

import dev.consultor.server.shared.DatabaseProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Stands for an email address in the log without revealing it: a keyed hash (HMAC-SHA256,
 * 64 bits shown), so the same address always gives the same fingerprint and nobody without the
 * key can test guesses against it. The key is {@code consultor.identity.login.fingerprint-key}
 * (the same on every node makes fingerprints comparable across nodes), else a random one kept in
 * {@code login-fingerprint.key} in the data directory.
 */
@Component
class EmailFingerprints {
    private static final String ALGORITHM = "HmacSHA256";
    private static final String FILE = "login-fingerprint.key";

    private final SecretKeySpec key;

    EmailFingerprints(IdentityProperties properties, DatabaseProperties database) {
        String configured = properties.login().fingerprintKey();
        byte[] secret = configured.isEmpty()
                ? stored(database.dataDir().resolve(FILE))
                : configured.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The fingerprint of {@code email} as given; callers pass it normalized. */
    String of(String email) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static byte[] stored(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the fingerprint key " + file, e);
        }
    }

    /**
     * Written aside (a temporary file is readable by its owner only) and moved into place, so a
     * reader never sees half a key.
     */
    private static void create(Path file) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(secret));
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException anotherNodeWasFaster) {
            // Keep theirs: fingerprints then stay the same across both.
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
