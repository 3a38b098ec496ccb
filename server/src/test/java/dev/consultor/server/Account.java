package dev.consultor.server;

import tools.jackson.databind.JsonNode;

/** Someone registered in a test, with the tokens they were given. */
public record Account(
        String email, String password, String userId, String tenantId, String accessToken, String refreshToken) {

    /** From the answer to a registration, or to an accepted invitation: the user, the tenant and the tokens. */
    public static Account signedIn(String email, String password, JsonNode answer) {
        return new Account(
                email,
                password,
                answer.get("user_id").asString(),
                answer.get("tenant_id").asString(),
                answer.get("access_token").asString(),
                answer.get("refresh_token").asString());
    }
}
