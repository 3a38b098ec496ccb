package dev.consultor.server.identity;

import dev.consultor.server.identity.IdentityEvents.PasswordChanged;
import dev.consultor.server.identity.IdentityEvents.ProfileUpdated;
import dev.consultor.server.shared.InvalidInput;
import dev.consultor.server.shared.ResourceNotFound;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A user's own profile: name, language, password. */
@Service
class Profiles {
    private final UserRepository users;
    private final Passwords passwords;
    private final Sessions sessions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Profiles(
            UserRepository users,
            Passwords passwords,
            Sessions sessions,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    static final class UserNotFound extends ResourceNotFound {
        UserNotFound() {
            super("User not found");
        }
    }

    static final class PasswordsIncomplete extends InvalidInput {
        PasswordsIncomplete() {
            super(List.of(new FieldError("current_password", "is required together with new_password")));
        }
    }

    /**
     * Applies the given changes. A new password needs the current one, and ends every session of
     * the user, this one included: whoever knew the old password is logged out.
     */
    Member update(AuthenticatedUser user, String name, String language, String currentPassword, String newPassword) {
        String newHash = null;
        if (newPassword != null) {
            if (currentPassword == null) {
                throw new PasswordsIncomplete();
            }
            Passwords.requireAcceptable("new_password", newPassword);
            String currentHash = tx.execute(status -> users.credentials(user.tenantId(), user.userId()))
                    .orElseThrow(UserNotFound::new)
                    .passwordHash();
            if (!passwords.matches(currentPassword, currentHash)) {
                throw new CurrentPasswordIncorrect();
            }
            newHash = passwords.hash("new_password", newPassword);
        }
        String hash = newHash;
        Member updated = tx.execute(status -> {
            Member current = users.find(user.tenantId(), user.userId()).orElseThrow(UserNotFound::new);
            long now = clock.millis();
            users.updateProfile(
                    user.tenantId(),
                    user.userId(),
                    name == null ? current.name() : name.strip(),
                    language == null ? current.language() : language,
                    now);
            if (hash != null) {
                users.updatePassword(user.tenantId(), user.userId(), hash, now);
                sessions.revokeAll(user.tenantId(), user.userId(), "password-changed");
            }
            return users.find(user.tenantId(), user.userId()).orElseThrow(UserNotFound::new);
        });
        events.publishEvent(
                hash != null
                        ? new PasswordChanged(user.tenantId(), user.userId())
                        : new ProfileUpdated(user.tenantId(), user.userId()));
        return updated;
    }
}
