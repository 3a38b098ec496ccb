package dev.consultor.server.identity;

import java.time.Duration;

/**
 * Counters and marks with an expiry, shared by every node when Redis is configured (in one JVM's
 * memory otherwise, which is right for a single machine).
 */
interface AttemptStore {
    /** Adds one to {@code key}; the count lives {@code window} from its first increment. */
    long increment(String key, Duration window);

    void delete(String key);

    /** Sets a mark that expires after {@code ttl}. */
    void mark(String key, Duration ttl);

    /** Time left on a mark, zero when absent. */
    Duration remaining(String key);
}
