package dev.consultor.server;

/** Someone registered in a test, with the tokens they were given. */
public record Account(
        String email, String password, String userId, String tenantId, String accessToken, String refreshToken) {}
