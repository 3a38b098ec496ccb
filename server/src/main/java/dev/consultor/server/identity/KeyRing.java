package dev.consultor.server.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.consultor.server.shared.DatabaseProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signing key and the keys that still verify. Rotating makes a new key active and keeps the
 * old one for verification until every token it signed (refresh tokens included) has expired.
 * Kept in {@code jwt-keys.json} in the data directory; a configured key's private part never is.
 */
@Component
class KeyRing {
    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final Path file;
    private final JsonMapper json;
    private final Clock clock;
    private final IdentityProperties properties;
    private volatile Snapshot snapshot;

    private final KeyDirectory directory;

    KeyRing(
            DatabaseProperties database,
            IdentityProperties properties,
            JsonMapper json,
            Clock clock,
            KeyDirectory directory) {
        this.directory = directory;
        this.file = database.dataDir().resolve("jwt-keys.json");
        this.json = json;
        this.clock = clock;
        this.properties = properties;
        this.snapshot = load();
        publish(snapshot);
    }

    JWK signingKey() {
        return snapshot.active;
    }

    Optional<JWK> verificationKey(String kid) {
        return snapshot.keys.stream()
                .filter(k -> k.jwk.getKeyID().equals(kid))
                .filter(k -> k.retiredAt == null || k.retiredAt + retention() > clock.millis())
                .map(k -> k.jwk)
                .findFirst();
    }

    JWKSet publicKeys() {
        List<JWK> keys = snapshot.keys.stream()
                .filter(k -> verificationKey(k.jwk.getKeyID()).isPresent())
                .map(k -> k.jwk.toPublicJWK())
                .toList();
        return new JWKSet(keys);
    }

    /** Generates a new signing key; tokens signed by the previous one stay valid. */
    synchronized void rotate() {
        JWK next = KeyMaterial.generate();
        snapshot = snapshot.rotatedTo(new Entry(next, clock.millis(), null), clock.millis());
        save(snapshot);
        publish(snapshot);
        log.info("Signing key rotated; new kid {}", next.getKeyID());
    }

    private void publish(Snapshot current) {
        current.keys.forEach(e -> directory.publish(e.jwk, e.createdAt, e.retiredAt));
    }

    private long retention() {
        return properties.refreshTokenTtl().plus(properties.clockSkew()).toMillis();
    }

    private Snapshot load() {
        Snapshot stored = read().orElse(null);
        long now = clock.millis();
        Snapshot result;
        if (!properties.jwtPrivateKey().isEmpty()) {
            JWK configured = KeyMaterial.parse(properties.jwtPrivateKey());
            result = stored == null
                    ? new Snapshot(configured, List.of(new Entry(configured, now, null)))
                    : stored.withConfigured(configured, now);
        } else if (stored == null || !stored.active.isPrivate()) {
            JWK generated = KeyMaterial.generate();
            result = stored == null
                    ? new Snapshot(generated, List.of(new Entry(generated, now, null)))
                    : stored.rotatedTo(new Entry(generated, now, null), now);
        } else if (stored.activeEntry().createdAt
                        + properties.keyRotationPeriod().toMillis()
                < now) {
            result = stored.rotatedTo(new Entry(KeyMaterial.generate(), now, null), now);
        } else {
            result = stored;
        }
        result = result.pruned(now - retention());
        save(result);
        return result;
    }

    private Optional<Snapshot> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            List<Entry> entries = new ArrayList<>();
            for (StoredKey key : stored.keys()) {
                entries.add(new Entry(JWK.parse(key.jwk()), key.createdAt(), key.retiredAt()));
            }
            JWK active = entries.stream()
                    .filter(e -> e.jwk.getKeyID().equals(stored.active()))
                    .findFirst()
                    .orElseThrow()
                    .jwk;
            return Optional.of(new Snapshot(active, entries));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the signing keys in " + file, e);
        }
    }

    private void save(Snapshot snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            List<StoredKey> keys = snapshot.keys.stream()
                    .map(e -> new StoredKey(
                            (e.jwk == snapshot.active
                                                    && !properties
                                                            .jwtPrivateKey()
                                                            .isEmpty()
                                            ? e.jwk.toPublicJWK()
                                            : e.jwk)
                                    .toJSONObject(),
                            e.createdAt,
                            e.retiredAt))
                    .toList();
            json.writeValue(tmp.toFile(), new Stored(snapshot.active.getKeyID(), keys));
            restrict(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the signing keys to " + file, e);
        }
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions are all there is.
        }
    }

    record Stored(String active, List<StoredKey> keys) {}

    record StoredKey(Map<String, Object> jwk, long createdAt, Long retiredAt) {}

    private record Entry(JWK jwk, long createdAt, Long retiredAt) {}

    private record Snapshot(JWK active, List<Entry> keys) {
        Entry activeEntry() {
            return keys.stream().filter(e -> e.jwk == active).findFirst().orElseThrow();
        }

        Snapshot rotatedTo(Entry next, long now) {
            List<Entry> all = new ArrayList<>();
            for (Entry e : keys) {
                all.add(e.retiredAt == null ? new Entry(e.jwk, e.createdAt, now) : e);
            }
            all.add(next);
            return new Snapshot(next.jwk, all);
        }

        Snapshot withConfigured(JWK configured, long now) {
            boolean known = keys.stream().anyMatch(e -> e.jwk.getKeyID().equals(configured.getKeyID()));
            if (!known) {
                return rotatedTo(new Entry(configured, now, null), now);
            }
            List<Entry> all = new ArrayList<>();
            for (Entry e : keys) {
                boolean isConfigured = e.jwk.getKeyID().equals(configured.getKeyID());
                all.add(
                        isConfigured
                                ? new Entry(configured, e.createdAt, null)
                                : new Entry(e.jwk, e.createdAt, e.retiredAt == null ? now : e.retiredAt));
            }
            return new Snapshot(configured, all);
        }

        Snapshot pruned(long retiredBefore) {
            List<Entry> kept = keys.stream()
                    .filter(e -> e.retiredAt == null || e.retiredAt > retiredBefore)
                    .toList();
            return new Snapshot(active, kept);
        }
    }
}
