package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    default void anUnknownEmailIsLoggedByFingerprintNotAddressAndCounted(CapturedOutput output) {
        MeterRegistry meters = context().getBean(MeterRegistry.class);
        double unknownBefore = failures(meters, "unknown_email");
        double wrongBefore = failures(meters, "wrong_password");
        String local = "nobody-" + UUID.randomUUID();
        Api mixedCase = api().from(Api.randomAddressForTests());
        Api lowerCase = api().from(Api.randomAddressForTests());
        Api other = api().from(Api.randomAddressForTests());
        Api wrongPassword = api().from(Api.randomAddressForTests());
        Account owner = api().register();

        assertThat(mixedCase
                        .login(
                                "NoBody" + local.substring(6).toUpperCase(Locale.ROOT) + "@Example.COM",
                                "wrong password!")
                        .status())
                .isEqualTo(401);
        assertThat(lowerCase.login(local + "@example.com", "wrong password!").status())
                .isEqualTo(401);
        assertThat(other.login("other-" + local + "@example.com", "wrong password!")
                        .status())
                .isEqualTo(401);
        assertThat(wrongPassword.login(owner.email(), "wrong password!").status())
                .isEqualTo(401);

        JsonNode first = loginFailure(output, mixedCase.clientIp());
        assertThat(first.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(first.at("/event/action").asString()).isEqualTo("login_failed");
        assertThat(first.at("/event/reason").asString()).isEqualTo("unknown_email");
        assertThat(first.at("/source/ip").asString()).isEqualTo(mixedCase.clientIp());
        String fingerprint = first.at("/user/hash").asString();
        assertThat(fingerprint).matches("[0-9a-f]{16}");
        assertThat(loginFailure(output, lowerCase.clientIp()).at("/user/hash").asString())
                .isEqualTo(fingerprint);
        assertThat(loginFailure(output, other.clientIp()).at("/user/hash").asString())
                .isNotEqualTo(fingerprint);
        assertThat(output.getOut()).doesNotContainIgnoringCase(local);
        assertThat(output.getOut().lines())
                .noneMatch(line -> line.contains("login_failed") && line.contains(wrongPassword.clientIp()));

        assertThat(failures(meters, "unknown_email")).isEqualTo(unknownBefore + 3);
        assertThat(failures(meters, "wrong_password")).isEqualTo(wrongBefore + 1);
    }

    private static double failures(MeterRegistry meters, String reason) {
        return meters.counter("consultor.auth.login.failures", "reason", reason).count();
    }

    private static JsonNode loginFailure(CapturedOutput output, String clientIp) {
        String line = output.getOut()
                .lines()
                .filter(l -> l.contains("login_failed") && l.contains(clientIp))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no login_failed line for " + clientIp));
        return JsonMapper.builder().build().readTree(line);
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
