package dev.consultor.server.identity;

import dev.consultor.server.shared.ConflictWithCurrentState;

/** Every email belongs to one account. */
public final class EmailAlreadyRegistered extends ConflictWithCurrentState {
    public EmailAlreadyRegistered() {
        super("This email is already registered");
    }
}
