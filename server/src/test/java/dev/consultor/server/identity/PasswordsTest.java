package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PasswordsTest {
    @Test
    void hashingBeyondTheConcurrencyLimitIsShedNotQueuedForever() throws Exception {
        IdentityProperties base = Defaults.identity("");
        IdentityProperties oneSlot = new IdentityProperties(
                base.issuer(),
                base.audience(),
                base.accessTokenTtl(),
                base.refreshTokenTtl(),
                base.clockSkew(),
                base.keyRotationPeriod(),
                "",
                new IdentityProperties.Argon2(0, 0, 0, 1, Duration.ofMillis(1)),
                base.login(),
                "",
                List.of(),
                base.accessStateTtl());
        Passwords passwords = new Passwords(oneSlot);
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        passwords.hash("password", "a long enough secret");
                        return true;
                    } catch (PasswordHashingBusy busy) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<Boolean> result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isBetween(1L, (long) callers - 1);
        }
    }
}
