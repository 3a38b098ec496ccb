package dev.consultor.server.identity;

import dev.consultor.server.shared.TooManyRequests;
import java.time.Duration;

/** Every hashing slot stayed taken: a login storm is being shed instead of exhausting memory. */
final class PasswordHashingBusy extends TooManyRequests {
    PasswordHashingBusy() {
        super("The server is busy checking passwords; try again shortly", Duration.ofSeconds(2));
    }
}
