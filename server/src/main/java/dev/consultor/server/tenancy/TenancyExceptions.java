package dev.consultor.server.tenancy;

import dev.consultor.server.shared.ConflictWithCurrentState;
import dev.consultor.server.shared.InvalidInput;
import dev.consultor.server.shared.NotPermitted;
import dev.consultor.server.shared.ResourceNotFound;
import java.util.List;

/** The facts tenancy refuses requests for. */
final class TenancyExceptions {
    private TenancyExceptions() {}

    static final class MemberNotFound extends ResourceNotFound {
        MemberNotFound() {
            super("Member not found");
        }
    }

    static final class InvitationNotFound extends ResourceNotFound {
        InvitationNotFound() {
            super("Invitation not found, expired or already used");
        }
    }

    static final class OrganizationNotFound extends ResourceNotFound {
        OrganizationNotFound() {
            super("Organization not found");
        }
    }

    static final class LastOwnerRequired extends ConflictWithCurrentState {
        LastOwnerRequired() {
            super("An organization keeps at least one owner");
        }
    }

    static final class MemberAlreadyExists extends ConflictWithCurrentState {
        MemberAlreadyExists() {
            super("This email already belongs to an account");
        }
    }

    /** Ownership is granted to existing members, never by invitation. */
    static final class InvitationRoleRejected extends InvalidInput {
        InvitationRoleRejected() {
            super(List.of(new FieldError("role", "must be admin or member")));
        }
    }

    static final class MembershipManagedByAdmins extends NotPermitted {
        MembershipManagedByAdmins() {
            super("Only owners and admins manage members and invitations");
        }
    }

    static final class OwnersManagedByOwners extends NotPermitted {
        OwnersManagedByOwners() {
            super("Only an owner can grant, change or remove the owner role");
        }
    }
}
