package dev.consultor.server.identity;

import dev.consultor.server.identity.IdentityEvents.LoginFailed;
import dev.consultor.server.identity.IdentityEvents.UserLoggedIn;
import dev.consultor.server.shared.TenantContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email and password in, a session out. An unknown email costs the same hash as a wrong password
 * and ends in the same exception, so neither the answer nor the clock says which it was. A wrong
 * password is audited in its tenant's log; an unknown email has no tenant, so it goes to the
 * server's log, as a fingerprint instead of the address.
 */
@Service
class Logins {
    private static final Logger log = LoggerFactory.getLogger(Logins.class);
    private static final String FAILURES = "consultor.auth.login.failures";

    private final UserRepository users;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter blocked;
    private final Counter unknownEmail;
    private final Counter wrongPassword;
    private final EmailFingerprints fingerprints;

    Logins(
            UserRepository users,
            Passwords passwords,
            LoginThrottle throttle,
            Sessions sessions,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            MeterRegistry meters,
            EmailFingerprints fingerprints) {
        this.succeeded = meters.counter("consultor.logins", "outcome", "succeeded");
        this.failed = meters.counter("consultor.logins", "outcome", "failed");
        this.blocked = meters.counter("consultor.logins", "outcome", "blocked");
        this.unknownEmail = meters.counter(FAILURES, "reason", "unknown_email");
        this.wrongPassword = meters.counter(FAILURES, "reason", "wrong_password");
        this.fingerprints = fingerprints;
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
            if (member.isPresent()) {
                wrongPassword.increment();
                events.publishEvent(
                        new LoginFailed(member.get().tenantId(), member.get().userId()));
            } else {
                unknownEmail.increment();
                logUnknownEmail(normalized, clientAddress);
            }
            throw new InvalidCredentials();
        }
        throttle.succeeded(normalized, clientAddress);
        succeeded.increment();
        events.publishEvent(
                new UserLoggedIn(member.get().tenantId(), member.get().userId()));
        return sessions.open(member.get());
    }

    /** ECS fields, so the line can be searched like any audit event; the message repeats them. */
    private void logUnknownEmail(String email, String clientAddress) {
        String fingerprint = fingerprints.of(email);
        log.atInfo()
                .addKeyValue("event.action", "login_failed")
                .addKeyValue("event.outcome", "failure")
                .addKeyValue("event.reason", "unknown_email")
                .addKeyValue("user.hash", fingerprint)
                .addKeyValue("source.ip", clientAddress)
                .log("Login failed: unknown email {} from {}", fingerprint, clientAddress);
    }
}
