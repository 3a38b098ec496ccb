package dev.consultor.server.identity;

import dev.consultor.server.shared.InvalidInput;
import java.util.List;

/** A new password outside the policy (8 to 128 characters, counted in Unicode code points). */
public final class PasswordRejected extends InvalidInput {
    PasswordRejected(String field, String message) {
        super(List.of(new FieldError(field, message)));
    }
}
