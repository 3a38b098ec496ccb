package dev.consultor.server.identity;

import dev.consultor.server.shared.InvalidInput;
import java.util.List;

/** Changing a password requires proving the current one. */
final class CurrentPasswordIncorrect extends InvalidInput {
    CurrentPasswordIncorrect() {
        super(List.of(new FieldError("current_password", "is incorrect")));
    }
}
