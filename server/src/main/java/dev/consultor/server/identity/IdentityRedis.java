package dev.consultor.server.identity;

import io.lettuce.core.RedisClient;
import java.util.Optional;

/** The one Redis client of the identity features (login counters, evictions), when configured. */
final class IdentityRedis implements AutoCloseable {
    private final RedisClient client;

    IdentityRedis(String url) {
        this.client = url.isEmpty() ? null : RedisClient.create(url);
    }

    Optional<RedisClient> client() {
        return Optional.ofNullable(client);
    }

    @Override
    public void close() {
        if (client != null) {
            client.shutdown();
        }
    }
}
