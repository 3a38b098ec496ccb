package dev.consultor.server.tenancy;

import dev.consultor.server.identity.Role;

/** What happened to organizations and their membership; the audit log records these. */
public final class TenancyEvents {
    private TenancyEvents() {}

    public record OrganizationRegistered(String tenantId, String ownerId) {}

    public record MemberInvited(String tenantId, String actorId, String invitationId, String email, Role role) {}

    public record InvitationRevoked(String tenantId, String actorId, String invitationId) {}

    public record InvitationAccepted(String tenantId, String userId, String invitationId) {}

    public record MemberRoleChanged(String tenantId, String actorId, String userId, Role from, Role to) {}

    public record MemberRemoved(String tenantId, String actorId, String userId) {}
}
