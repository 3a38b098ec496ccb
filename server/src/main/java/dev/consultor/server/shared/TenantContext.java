package dev.consultor.server.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current unit of work. Set from the verified access token for API requests,
 * or explicitly by flows that learn the tenant another way (login, refresh, invitation). The
 * PostgreSQL transaction manager copies it into each transaction for row-level security.
 */
public final class TenantContext {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T callAs(String tenantId, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenantId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }

    /** For a request thread: bound until {@link #clear()}. */
    public static void bind(String tenantId) {
        CURRENT.set(tenantId);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
