package dev.consultor.server.identity;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * argon2id hashing. Each hash takes {@code memoryKib} of memory, so at most
 * {@code maxConcurrent} run at once; the rest wait briefly and are then shed.
 */
@Component
public class Passwords {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private final Argon2PasswordEncoder encoder;
    private final Semaphore slots;
    private final long queueTimeoutMillis;
    /** Written once, by whichever comes first: the background preparation or the first unknown email. */
    private volatile String dummyHash;

    Passwords(IdentityProperties properties) {
        IdentityProperties.Argon2 argon2 = properties.argon2();
        this.encoder = new Argon2PasswordEncoder(16, 32, argon2.parallelism(), argon2.memoryKib(), argon2.iterations());
        this.slots = new Semaphore(argon2.maxConcurrent(), true);
        this.queueTimeoutMillis = argon2.queueTimeout().toMillis();
    }

    /**
     * The hash an unknown email is checked against costs a whole argon2 run (and, cold, more): it is made after the
     * server is ready rather than on its way there.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepareDummyHash() {
        Thread.ofVirtual().name("dummy-hash").start(this::dummyHash);
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            synchronized (this) {
                hash = dummyHash;
                if (hash == null) {
                    hash = encoder.encode("not a real password, only spends the same time");
                    dummyHash = hash;
                }
            }
        }
        return hash;
    }

    /** Checks the policy, then hashes. {@code field} names the input in a rejection. */
    public String hash(String field, String raw) {
        requireAcceptable(field, raw);
        return limited(() -> encoder.encode(raw));
    }

    boolean matches(String raw, String hash) {
        return limited(() -> encoder.matches(raw, hash));
    }

    /** Spends the time a real check would, so an unknown email cannot be told by the clock. */
    void matchNothing(String raw) {
        String hash = dummyHash();
        limited(() -> encoder.matches(raw, hash));
    }

    static void requireAcceptable(String field, String raw) {
        int length = raw == null ? 0 : raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new PasswordRejected(field, "must be between " + MIN_LENGTH + " and " + MAX_LENGTH + " characters");
        }
    }

    private <T> T limited(Supplier<T> work) {
        boolean acquired = false;
        try {
            acquired = slots.tryAcquire(queueTimeoutMillis, TimeUnit.MILLISECONDS);
            if (!acquired) {
                throw new PasswordHashingBusy();
            }
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PasswordHashingBusy();
        } finally {
            if (acquired) {
                slots.release();
            }
        }
    }
}
