package dev.consultor.server.identity;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evictions over a Redis channel. Publishing does not wait: a request that revoked a session has
 * already evicted it locally, and a node that misses the message still drops the entry when its
 * lifetime ends. The client reconnects and resubscribes by itself; every (re)subscription drops
 * the local cache, since messages sent while disconnected are lost.
 */
final class RedisAccessEvictionBus implements AccessEvictionBus, AutoCloseable {
    static final String CHANNEL = "consultor:identity:access-evictions";
    private static final Logger log = LoggerFactory.getLogger(RedisAccessEvictionBus.class);

    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;

    RedisAccessEvictionBus(RedisClient client) {
        this.publisher = client.connect();
        this.subscriber = client.connectPubSub();
    }

    @Override
    public void publish(String message) {
        publisher.async().publish(CHANNEL, message).exceptionally(e -> {
            log.warn("Could not publish an access-state eviction: {}", e.toString());
            return 0L;
        });
    }

    @Override
    public void listen(Consumer<String> onMessage, Runnable onResubscribed) {
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                if (CHANNEL.equals(channel)) {
                    onMessage.accept(message);
                }
            }

            @Override
            public void subscribed(String channel, long count) {
                if (CHANNEL.equals(channel)) {
                    onResubscribed.run();
                }
            }
        });
        subscriber.sync().subscribe(CHANNEL);
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }
}
