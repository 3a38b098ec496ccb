package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.identity.Member;
import dev.consultor.server.identity.Passwords;
import dev.consultor.server.identity.Role;
import dev.consultor.server.identity.Sessions;
import dev.consultor.server.identity.TokenPair;
import dev.consultor.server.identity.UserAccounts;
import dev.consultor.server.shared.TenantContext;
import dev.consultor.server.tenancy.TenancyEvents.InvitationAccepted;
import dev.consultor.server.tenancy.TenancyEvents.InvitationRevoked;
import dev.consultor.server.tenancy.TenancyEvents.MemberInvited;
import dev.consultor.server.tenancy.TenancyExceptions.InvitationNotFound;
import dev.consultor.server.tenancy.TenancyExceptions.MemberAlreadyExists;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Owners and admins invite by email; the invitee accepts with the token and chooses a password. */
@Service
class Invitations {
    private final InvitationRepository invitations;
    private final OrganizationRepository organizations;
    private final InvitationMail mail;
    private final UserAccounts accounts;
    private final Passwords passwords;
    private final Sessions sessions;
    private final TenancyProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(
            InvitationRepository invitations,
            OrganizationRepository organizations,
            InvitationMail mail,
            UserAccounts accounts,
            Passwords passwords,
            Sessions sessions,
            TenancyProperties properties,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.invitations = invitations;
        this.organizations = organizations;
        this.mail = mail;
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.properties = properties;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    record Issued(Invitation invitation, String token, String acceptUrl, boolean emailSent) {}

    record Accepted(Member member, TokenPair tokens) {}

    private record Joined(Member member, String invitationId) {}

    Issued invite(AuthenticatedUser caller, String email, Role role) {
        Membership.requireManager(caller);
        if (role == Role.OWNER) {
            throw new TenancyExceptions.InvitationRoleRejected();
        }
        if (accounts.emailTaken(email)) {
            throw new MemberAlreadyExists();
        }
        Instant now = Instant.ofEpochMilli(clock.millis());
        InvitationToken token = InvitationToken.generate(caller.tenantId());
        Invitation invitation = new Invitation(
                UUID.randomUUID().toString(),
                caller.tenantId(),
                UserAccounts.normalizeEmail(email),
                role,
                caller.userId(),
                now,
                now.plus(properties.invitationTtl()));
        String organization = tx.execute(status -> {
            invitations.insert(invitation, token.hash());
            return mail.enabled()
                    ? organizations
                            .find(caller.tenantId())
                            .map(Organization::name)
                            .orElse("")
                    : "";
        });
        events.publishEvent(
                new MemberInvited(caller.tenantId(), caller.userId(), invitation.id(), invitation.email(), role));
        String acceptUrl = properties.publicUrl() + "/accept-invitation?token=" + token.value();
        // Only once the invitation is committed: a slow mail server holds no connection, and a
        // failing one cannot undo the invitation whose link the inviter is about to receive.
        boolean emailSent = mail.send(caller, organization, invitation, acceptUrl);
        return new Issued(invitation, token.value(), acceptUrl, emailSent);
    }

    List<Invitation> pending(AuthenticatedUser caller) {
        Membership.requireManager(caller);
        return tx.execute(status -> invitations.pending(caller.tenantId(), clock.millis()));
    }

    void revoke(AuthenticatedUser caller, String invitationId) {
        Membership.requireManager(caller);
        boolean revoked = Boolean.TRUE.equals(
                tx.execute(status -> invitations.revoke(caller.tenantId(), invitationId, clock.millis())));
        if (!revoked) {
            throw new InvitationNotFound();
        }
        events.publishEvent(new InvitationRevoked(caller.tenantId(), caller.userId(), invitationId));
    }

    Accepted accept(String rawToken, String name, String password) {
        InvitationToken token = InvitationToken.parse(rawToken).orElseThrow(InvitationNotFound::new);
        String hash = passwords.hash("password", password);
        Joined joined = TenantContext.callAs(
                token.tenantId(),
                () -> tx.execute(status -> {
                    long now = clock.millis();
                    Invitation invitation = invitations
                            .pendingByToken(token.tenantId(), token.hash(), now)
                            .orElseThrow(InvitationNotFound::new);
                    if (!invitations.markAccepted(token.tenantId(), invitation.id(), now)) {
                        throw new InvitationNotFound();
                    }
                    String displayName = name == null || name.isBlank() ? invitation.email() : name;
                    Member created = accounts.create(
                            token.tenantId(), invitation.email(), displayName, "en", invitation.role(), hash);
                    return new Joined(created, invitation.id());
                }));
        Member member = joined.member();
        events.publishEvent(new InvitationAccepted(member.tenantId(), member.userId(), joined.invitationId()));
        return new Accepted(member, sessions.open(member));
    }
}
