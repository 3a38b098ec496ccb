package dev.consultor.server.identity;

import dev.consultor.server.identity.IdentityEvents.LoginFailed;
import dev.consultor.server.identity.IdentityEvents.UserLoggedIn;
import dev.consultor.server.shared.TenantContext;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email and password in, a session out. An unknown email costs the same hash as a wrong password
 * and ends in the same exception, so neither the answer nor the clock says which it was.
 */
@Service
class Logins {
    private final UserRepository users;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    Logins(
            UserRepository users,
            Passwords passwords,
            LoginThrottle throttle,
            Sessions sessions,
            TransactionTemplate tx,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tx = tx;
        this.events = events;
    }

    TokenPair login(String email, String password, String clientAddress) {
        String normalized = UserAccounts.normalizeEmail(email);
        throttle.check(normalized, clientAddress);
        Optional<UserRepository.Directory> entry = tx.execute(status -> users.directory(normalized));
        Optional<Member> member = entry.flatMap(e ->
                TenantContext.callAs(e.tenantId(), () -> tx.execute(status -> users.find(e.tenantId(), e.userId()))));
        Optional<String> hash = entry.flatMap(e -> TenantContext.callAs(
                e.tenantId(),
                () -> tx.execute(status ->
                        users.credentials(e.tenantId(), e.userId()).map(UserRepository.Credentials::passwordHash))));
        boolean matches;
        if (member.isPresent() && hash.isPresent()) {
            matches = passwords.matches(password, hash.get());
        } else {
            passwords.matchNothing(password);
            matches = false;
        }
        if (!matches) {
            throttle.failed(normalized, clientAddress);
            member.ifPresent(m -> events.publishEvent(new LoginFailed(m.tenantId(), m.userId())));
            throw new InvalidCredentials();
        }
        throttle.succeeded(normalized, clientAddress);
        events.publishEvent(
                new UserLoggedIn(member.get().tenantId(), member.get().userId()));
        return sessions.open(member.get());
    }
}
