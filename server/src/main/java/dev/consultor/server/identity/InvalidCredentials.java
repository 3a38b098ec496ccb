package dev.consultor.server.identity;

import dev.consultor.server.shared.NotAuthenticated;

/** Unknown email and wrong password are deliberately the same fact to the caller. */
final class InvalidCredentials extends NotAuthenticated {
    InvalidCredentials() {
        super("Invalid email or password");
    }
}
