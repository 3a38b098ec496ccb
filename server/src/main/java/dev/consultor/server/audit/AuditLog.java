package dev.consultor.server.audit;

import dev.consultor.server.consulting.ExecutionEvents;
import dev.consultor.server.identity.IdentityEvents;
import dev.consultor.server.shared.RequestIds;
import dev.consultor.server.shared.TenantContext;
import dev.consultor.server.tenancy.TenancyEvents;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes one row per security-relevant event, in the event's tenant, with the request's client
 * address and correlation id. Runs synchronously, so a failure to audit fails the request.
 */
@Component
class AuditLog {
    private final AuditRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditLog(AuditRepository repository, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void on(IdentityEvents.UserLoggedIn e) {
        record(e.tenantId(), "login.succeeded", e.userId(), e.userId(), null);
    }

    @EventListener
    void on(IdentityEvents.LoginFailed e) {
        record(e.tenantId(), "login.failed", null, e.userId(), null);
    }

    @EventListener
    void on(IdentityEvents.RefreshTokenReused e) {
        record(e.tenantId(), "refresh_token.reused", null, e.userId(), "session " + e.sessionId() + " revoked");
    }

    @EventListener
    void on(IdentityEvents.UserLoggedOut e) {
        record(e.tenantId(), "logout", e.userId(), e.userId(), null);
    }

    @EventListener
    void on(IdentityEvents.PasswordChanged e) {
        record(e.tenantId(), "password.changed", e.userId(), e.userId(), "all sessions revoked");
    }

    @EventListener
    void on(IdentityEvents.ProfileUpdated e) {
        record(e.tenantId(), "profile.updated", e.userId(), e.userId(), null);
    }

    @EventListener
    void on(TenancyEvents.OrganizationRegistered e) {
        record(e.tenantId(), "organization.registered", e.ownerId(), e.ownerId(), null);
    }

    @EventListener
    void on(TenancyEvents.MemberInvited e) {
        record(
                e.tenantId(),
                "member.invited",
                e.actorId(),
                null,
                e.email() + " as " + e.role().value() + " (invitation " + e.invitationId() + ")");
    }

    @EventListener
    void on(TenancyEvents.InvitationRevoked e) {
        record(e.tenantId(), "invitation.revoked", e.actorId(), null, "invitation " + e.invitationId());
    }

    @EventListener
    void on(TenancyEvents.InvitationAccepted e) {
        record(e.tenantId(), "invitation.accepted", e.userId(), e.userId(), "invitation " + e.invitationId());
    }

    @EventListener
    void on(TenancyEvents.MemberRoleChanged e) {
        record(
                e.tenantId(),
                "member.role_changed",
                e.actorId(),
                e.userId(),
                e.from().value() + " -> " + e.to().value());
    }

    @EventListener
    void on(TenancyEvents.MemberRemoved e) {
        record(e.tenantId(), "member.removed", e.actorId(), e.userId(), null);
    }

    @EventListener
    void on(ExecutionEvents.ExecutionCreated e) {
        record(e.tenantId(), "execution.created", e.userId(), e.executionId(), "depth " + e.depth());
    }

    @EventListener
    void on(ExecutionEvents.ExecutionCancelled e) {
        record(e.tenantId(), "execution.cancelled", e.userId(), e.executionId(), null);
    }

    @EventListener
    void on(ExecutionEvents.ExecutionRefined e) {
        record(e.tenantId(), "execution.refined", e.userId(), e.executionId(), "message " + e.messageId());
    }

    @EventListener
    void on(ExecutionEvents.ExecutionDeleted e) {
        record(e.tenantId(), "execution.deleted", e.userId(), e.executionId(), null);
    }

    private void record(String tenantId, String action, String actorId, String subjectId, String details) {
        AuditEvent event = new AuditEvent(
                UUID.randomUUID().toString(),
                clock.instant(),
                action,
                actorId,
                subjectId,
                MDC.get(RequestIds.CLIENT_IP_KEY),
                MDC.get(RequestIds.MDC_KEY),
                details);
        TenantContext.runAs(tenantId, () -> tx.executeWithoutResult(status -> repository.insert(tenantId, event)));
    }
}
