package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

public interface LoginAbuseBehaviour extends Stack {
    @Test
    default void unknownEmailAndWrongPasswordLookTheSame() {
        Api api = api();
        Account owner = api.register();
        Response wrongPassword = api.from(Api.randomAddressForTests()).login(owner.email(), "wrong password!");
        Response unknownEmail = api.from(Api.randomAddressForTests())
                .login("nobody-" + UUID.randomUUID() + "@example.com", "wrong password!");

        assertThat(unknownEmail.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(comparable(unknownEmail)).isEqualTo(comparable(wrongPassword));
        assertThat(unknownEmail.header("WWW-Authenticate")).isEqualTo(wrongPassword.header("WWW-Authenticate"));
    }

    @Test
    default void unknownEmailCostsAboutAsMuchTimeAsAWrongPassword() {
        Api api = api();
        Account owner = api.register();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
        long[] known = new long[4];
        long[] missing = new long[4];
        for (int i = 0; i < known.length; i++) {
            known[i] = timed(api.from(Api.randomAddressForTests()), owner.email());
            missing[i] = timed(api.from(Api.randomAddressForTests()), unknown + i);
        }
        double ratio = (double) median(missing) / median(known);
        // Without the dummy hash an unknown email answers in about a millisecond: a ratio near 0.02.
        assertThat(ratio).isBetween(0.4, 2.5);
    }

    @Test
    default void blocksAnAccountAfterRepeatedFailuresWhateverTheAddress() {
        Api api = api();
        Account owner = api.register();
        for (int i = 0; i < 5; i++) {
            assertThat(api.from(Api.randomAddressForTests())
                            .login(owner.email(), "guess " + i)
                            .status())
                    .isEqualTo(401);
        }
        Response blocked = api.from(Api.randomAddressForTests()).login(owner.email(), owner.password());
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
        assertThat(blocked.problemType()).endsWith("/too-many-requests");
    }

    @Test
    default void theOwnerOnAKnownAddressIsNotLockedOutBySomeoneGuessingElsewhere() {
        Api home = api();
        Account owner = home.register();
        assertThat(home.login(owner.email(), owner.password()).status()).isEqualTo(200);
        for (int i = 0; i < 7; i++) {
            api().login(owner.email(), "guess " + i);
        }
        assertThat(api().login(owner.email(), owner.password()).status()).isEqualTo(429);
        assertThat(home.login(owner.email(), owner.password()).status()).isEqualTo(200);
    }

    @Test
    default void blocksAnAddressThatFailsAcrossManyAccounts() {
        Api attacker = api();
        for (int i = 0; i < 30; i++) {
            attacker.login("victim-" + UUID.randomUUID() + "@example.com", "guess");
        }
        Account someone = api().register();
        Response blocked = attacker.login(someone.email(), someone.password());
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(api().login(someone.email(), someone.password()).status()).isEqualTo(200);
    }

    @Test
    default void loginOutcomesAreCounted() {
        var meters = context().getBean(io.micrometer.core.instrument.MeterRegistry.class);
        double before = meters.counter("consultor.logins", "outcome", "failed").count();
        Api api = api();
        Account owner = api.register();
        api.login(owner.email(), "wrong password!");
        assertThat(meters.counter("consultor.logins", "outcome", "failed").count())
                .isEqualTo(before + 1);
    }

    private static String comparable(Response response) {
        ObjectNode json = (ObjectNode) response.json();
        json.remove("request_id");
        return json.toString();
    }

    private static long timed(Api api, String email) {
        long start = System.nanoTime();
        api.login(email, "wrong password!");
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2;
    }
}
