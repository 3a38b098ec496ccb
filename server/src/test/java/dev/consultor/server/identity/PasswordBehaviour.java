package dev.consultor.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Api;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public interface PasswordBehaviour extends Stack {
    @Test
    default void hashesWithArgon2idAtOwaspParameters() {
        String hash = context().getBean(Passwords.class).hash("password", "long enough secret");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(context().getBean(Passwords.class).matches("long enough secret", hash))
                .isTrue();
    }

    @Test
    default void countsPasswordLengthInUnicodeCodePoints() {
        String eightEmoji = "😀".repeat(8); // 16 UTF-16 units, 8 characters
        String sevenEmoji = "😀".repeat(7); // 14 UTF-16 units, 7 characters
        String maxEmoji = "😀".repeat(128); // 256 UTF-16 units, 128 characters
        assertThat(register(eightEmoji).status()).isEqualTo(201);
        assertThat(register(maxEmoji).status()).isEqualTo(201);
        assertThat(register(sevenEmoji).status()).isEqualTo(422);
        assertThat(register("x".repeat(129)).status()).isEqualTo(422);
        assertThat(register("short").json().get("errors").toString()).contains("password");
    }

    private Response register(String password) {
        Api api = api();
        return api.post(
                "/api/v1/auth/register",
                Map.of(
                        "email",
                        "p-" + UUID.randomUUID() + "@example.com",
                        "password",
                        password,
                        "organization_name",
                        "Acme"),
                null);
    }
}
