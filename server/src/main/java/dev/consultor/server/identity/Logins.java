package dev.consultor.server.identity;

import dev.consultor.server.identity.IdentityEvents.LoginFailed;
import dev.consultor.server.identity.IdentityEvents.UserLoggedIn;
import dev.consultor.server.shared.TenantContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final Counter succeeded;
    private final Counter failed;
    private final Counter blocked;

    Logins(
            UserRepository users,
            Passwords passwords,
            LoginThrottle throttle,
            Sessions sessions,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.succeeded = meters.counter("consultor.logins", "outcome", "succeeded");
        this.failed = meters.counter("consultor.logins", "outcome", "failed");
        this.blocked = meters.counter("consultor.logins", "outcome", "blocked");
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.tx = tx;
        this.events = events;
    }

    private record Known(Member member, String passwordHash) {}

    TokenPair login(String email, String password, String clientAddress) {
        String normalized = UserAccounts.normalizeEmail(email);
        try {
            throttle.check(normalized, clientAddress);
        } catch (LoginTemporarilyBlocked e) {
            blocked.increment();
            throw e;
        }
        Optional<UserRepository.Directory> entry = tx.execute(status -> users.directory(normalized));
        Optional<Known> known = entry.flatMap(e -> TenantContext.callAs(
                e.tenantId(),
                () -> tx.execute(status -> users.find(e.tenantId(), e.userId())
                        .flatMap(m -> users.credentials(e.tenantId(), e.userId())
                                .map(c -> new Known(m, c.passwordHash()))))));
        Optional<Member> member = known.map(Known::member);
        boolean matches;
        if (known.isPresent()) {
            matches = passwords.matches(password, known.get().passwordHash());
        } else {
            passwords.matchNothing(password);
            matches = false;
        }
        if (!matches) {
            throttle.failed(normalized, clientAddress);
            failed.increment();
            member.ifPresent(m -> events.publishEvent(new LoginFailed(m.tenantId(), m.userId())));
            throw new InvalidCredentials();
        }
        throttle.succeeded(normalized, clientAddress);
        succeeded.increment();
        events.publishEvent(
                new UserLoggedIn(member.get().tenantId(), member.get().userId()));
        return sessions.open(member.get());
    }
}
