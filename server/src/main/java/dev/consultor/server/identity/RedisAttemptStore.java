package dev.consultor.server.identity;

import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/** The store shared by every node behind the load balancer. */
final class RedisAttemptStore implements AttemptStore, AutoCloseable {
    private static final String PREFIX = "consultor:login:";

    private final StatefulRedisConnection<String, String> connection;

    RedisAttemptStore(RedisClient client) {
        this.connection = client.connect();
    }

    @Override
    public long increment(String key, Duration window) {
        RedisCommands<String, String> redis = connection.sync();
        long count = redis.incr(PREFIX + key);
        if (count == 1) {
            redis.pexpire(PREFIX + key, window.toMillis());
        }
        return count;
    }

    @Override
    public void delete(String key) {
        connection.sync().del(PREFIX + key);
    }

    @Override
    public void mark(String key, Duration ttl) {
        connection.sync().set(PREFIX + key, "1", SetArgs.Builder.px(ttl.toMillis()));
    }

    @Override
    public Duration remaining(String key) {
        long millis = connection.sync().pttl(PREFIX + key);
        return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
    }

    @Override
    public void close() {
        connection.close();
    }
}
