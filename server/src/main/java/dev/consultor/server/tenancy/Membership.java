package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.identity.Member;
import dev.consultor.server.identity.Role;
import dev.consultor.server.identity.UserAccounts;
import dev.consultor.server.tenancy.TenancyEvents.MemberRemoved;
import dev.consultor.server.tenancy.TenancyEvents.MemberRoleChanged;
import dev.consultor.server.tenancy.TenancyExceptions.LastOwnerRequired;
import dev.consultor.server.tenancy.TenancyExceptions.MemberNotFound;
import dev.consultor.server.tenancy.TenancyExceptions.MembershipManagedByAdmins;
import dev.consultor.server.tenancy.TenancyExceptions.OwnersManagedByOwners;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles and removal. Owners manage everyone; admins manage admins and members; members manage
 * no one. The last owner can be neither demoted nor removed. A member of another tenant is simply
 * not found.
 */
@Service
class Membership {
    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    Membership(UserAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    List<Member> list(AuthenticatedUser caller) {
        return accounts.members(caller.tenantId());
    }

    static void requireManager(AuthenticatedUser caller) {
        if (!caller.role().managesMembers()) {
            throw new MembershipManagedByAdmins();
        }
    }

    @Transactional
    Member changeRole(AuthenticatedUser caller, String userId, Role role) {
        requireManager(caller);
        Member target = accounts.find(caller.tenantId(), userId).orElseThrow(MemberNotFound::new);
        if ((target.role() == Role.OWNER || role == Role.OWNER) && caller.role() != Role.OWNER) {
            throw new OwnersManagedByOwners();
        }
        if (target.role() == role) {
            return target;
        }
        if (target.role() == Role.OWNER && accounts.count(caller.tenantId(), Role.OWNER) <= 1) {
            throw new LastOwnerRequired();
        }
        accounts.changeRole(caller.tenantId(), userId, role);
        events.publishEvent(new MemberRoleChanged(caller.tenantId(), caller.userId(), userId, target.role(), role));
        return accounts.find(caller.tenantId(), userId).orElseThrow(MemberNotFound::new);
    }

    @Transactional
    void remove(AuthenticatedUser caller, String userId) {
        requireManager(caller);
        Member target = accounts.find(caller.tenantId(), userId).orElseThrow(MemberNotFound::new);
        if (target.role() == Role.OWNER && caller.role() != Role.OWNER) {
            throw new OwnersManagedByOwners();
        }
        if (target.role() == Role.OWNER && accounts.count(caller.tenantId(), Role.OWNER) <= 1) {
            throw new LastOwnerRequired();
        }
        accounts.remove(caller.tenantId(), userId);
        events.publishEvent(new MemberRemoved(caller.tenantId(), caller.userId(), userId));
    }
}
