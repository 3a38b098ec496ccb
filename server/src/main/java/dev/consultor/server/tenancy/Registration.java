package dev.consultor.server.tenancy;

import dev.consultor.server.identity.EmailAlreadyRegistered;
import dev.consultor.server.identity.Member;
import dev.consultor.server.identity.Passwords;
import dev.consultor.server.identity.Role;
import dev.consultor.server.identity.Sessions;
import dev.consultor.server.identity.TokenPair;
import dev.consultor.server.identity.UserAccounts;
import dev.consultor.server.shared.TenantContext;
import dev.consultor.server.tenancy.TenancyEvents.OrganizationRegistered;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up: a new organization on the free plan, its owner, and a first session. */
@Service
class Registration {
    private final OrganizationRepository organizations;
    private final UserAccounts accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(
            OrganizationRepository organizations,
            UserAccounts accounts,
            Passwords passwords,
            Sessions sessions,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    record Registered(Member owner, TokenPair tokens) {}

    Registered register(String email, String password, String name, String organizationName, String language) {
        if (accounts.emailTaken(email)) {
            throw new EmailAlreadyRegistered();
        }
        // Hashing happens outside the transaction so no connection waits on argon2.
        String hash = passwords.hash("password", password);
        String tenantId = UUID.randomUUID().toString();
        Member owner = TenantContext.callAs(
                tenantId,
                () -> tx.execute(status -> {
                    organizations.insert(tenantId, organizationName.strip(), clock.millis());
                    return accounts.create(tenantId, email, name, language, Role.OWNER, hash);
                }));
        events.publishEvent(new OrganizationRegistered(tenantId, owner.userId()));
        return new Registered(owner, sessions.open(owner));
    }
}
