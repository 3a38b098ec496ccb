package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new InMemoryAttemptStore(clock), Defaults.identity(""));

    @Test
    void theAccountBlockDoublesWithEachFailureAndEnds() {
        for (int i = 0; i < 5; i++) {
            throttle.check("a@example.com", "10.0.0." + i);
            throttle.failed("a@example.com", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.check("a@example.com", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        LoginTemporarilyBlocked.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(15)));
        clock.advance(Duration.ofSeconds(16));
        throttle.check("a@example.com", "10.0.0.9");
        throttle.failed("a@example.com", "10.0.0.9");
        assertThatThrownBy(() -> throttle.check("a@example.com", "10.0.0.9"))
                .isInstanceOfSatisfying(
                        LoginTemporarilyBlocked.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void theAccountBlockNeverExceedsFiveMinutes() {
        for (int i = 0; i < 14; i++) {
            clock.advance(Duration.ofSeconds(10));
            throttle.failed("b@example.com", "10.0.1." + i);
        }
        assertThatThrownBy(() -> throttle.check("b@example.com", "10.9.9.9"))
                .isInstanceOfSatisfying(
                        LoginTemporarilyBlocked.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void emailCaseAndSpacesDoNotDodgeTheCount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(i % 2 == 0 ? " C@Example.com" : "c@example.com ", "10.0.2." + i);
        }
        assertThatThrownBy(() -> throttle.check("c@example.com", "10.0.2.99"))
                .isInstanceOf(LoginTemporarilyBlocked.class);
    }
}
