package dev.consultor.server.identity;

import dev.consultor.server.shared.NotAuthenticated;

/** A token that is forged, expired, revoked or of the wrong kind; the reason stays in the log. */
final class InvalidToken extends NotAuthenticated {
    private final String reason;

    InvalidToken(String reason) {
        super("The token is invalid or expired");
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
