package dev.consultor.server.identity;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Public keys shared through the database, so nodes behind a load balancer verify each other's
 * tokens even when each generated its own key. Lookups are cached: a known key for a minute (a
 * retirement elsewhere is noticed within it), an unknown kid for a few seconds, so forged kids
 * cannot turn into a query per request.
 */
@Component
class PublishedKeys implements KeyDirectory {
    private static final long KNOWN_FOR_MILLIS = 60_000;
    private static final long UNKNOWN_FOR_MILLIS = 5_000;
    private static final int CACHE_LIMIT = 1024;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final long retentionMillis;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    PublishedKeys(JdbcClient jdbc, TransactionTemplate tx, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.retentionMillis =
                properties.refreshTokenTtl().plus(properties.clockSkew()).toMillis();
    }

    @Override
    public void publish(JWK key, long createdAt, Long retiredAt) {
        String publicJwk = key.toPublicJWK().toJSONString();
        try {
            tx.executeWithoutResult(status -> {
                int updated = jdbc.sql("update signing_keys set retired_at = ? where kid = ?")
                        .params(retiredAt, key.getKeyID())
                        .update();
                if (updated == 0) {
                    jdbc.sql("insert into signing_keys (kid, public_jwk, created_at, retired_at) values (?, ?, ?, ?)")
                            .params(key.getKeyID(), publicJwk, createdAt, retiredAt)
                            .update();
                }
            });
        } catch (DataAccessException raced) {
            // Another node published the same configured key at the same moment; it is there.
        }
        cache.remove(key.getKeyID());
    }

    Optional<JWK> find(String kid) {
        long now = clock.millis();
        Cached cached = cache.get(kid);
        if (cached == null || cached.until < now) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            Optional<JWK> key = load(kid, now);
            cached = new Cached(key, now + (key.isPresent() ? KNOWN_FOR_MILLIS : UNKNOWN_FOR_MILLIS));
            cache.put(kid, cached);
        }
        return cached.key;
    }

    List<JWK> all() {
        long now = clock.millis();
        List<JWK> keys = new ArrayList<>();
        tx.execute(status -> jdbc.sql("select public_jwk from signing_keys where retired_at is null or retired_at > ?")
                        .param(now - retentionMillis)
                        .query(String.class)
                        .list())
                .forEach(json -> parse(json).ifPresent(keys::add));
        return keys;
    }

    private Optional<JWK> load(String kid, long now) {
        return tx.execute(status -> jdbc.sql(
                                "select public_jwk from signing_keys where kid = ? and (retired_at is null or retired_at > ?)")
                        .params(kid, now - retentionMillis)
                        .query(String.class)
                        .optional())
                .flatMap(PublishedKeys::parse);
    }

    private static Optional<JWK> parse(String json) {
        try {
            return Optional.of(JWK.parse(json));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private record Cached(Optional<JWK> key, long until) {}
}
