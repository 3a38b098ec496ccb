package dev.consultor.server.identity;

import java.util.function.Consumer;

/** Carries cache evictions to the other nodes behind the load balancer. */
interface AccessEvictionBus {
    void publish(String message);

    /**
     * Delivers other nodes' messages (and possibly this node's own) to {@code onMessage};
     * {@code onResubscribed} runs whenever delivery resumes after a gap in which messages may have
     * been missed.
     */
    void listen(Consumer<String> onMessage, Runnable onResubscribed);

    /** One node, or nodes sharing no Redis: the cache lifetime alone bounds what another node sees. */
    AccessEvictionBus NONE = new AccessEvictionBus() {
        @Override
        public void publish(String message) {}

        @Override
        public void listen(Consumer<String> onMessage, Runnable onResubscribed) {}
    };
}
