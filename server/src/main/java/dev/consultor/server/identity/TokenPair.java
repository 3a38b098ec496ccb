package dev.consultor.server.identity;

import java.util.Objects;

/** The seed's login answer: {@code access_token}, {@code refresh_token}, {@code token_type}, {@code expires_in}. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    public TokenPair {
        Objects.requireNonNull(accessToken);
        Objects.requireNonNull(refreshToken);
    }
}
