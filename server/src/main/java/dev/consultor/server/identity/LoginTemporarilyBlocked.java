package dev.consultor.server.identity;

import dev.consultor.server.shared.TooManyRequests;
import java.time.Duration;

/** Too many failed logins for this account or from this address; the same for unknown emails. */
final class LoginTemporarilyBlocked extends TooManyRequests {
    LoginTemporarilyBlocked(Duration retryAfter) {
        super("Too many failed login attempts; try again later", retryAfter);
    }
}
