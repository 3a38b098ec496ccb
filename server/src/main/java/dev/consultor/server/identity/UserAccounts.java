package dev.consultor.server.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users of a tenant, for the features that manage membership. Callers run inside the
 * tenant's context; every method names the tenant it works on.
 */
@Service
public class UserAccounts {
    private final UserRepository users;
    private final SessionRepository sessions;
    private final Clock clock;

    UserAccounts(UserRepository users, SessionRepository sessions, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    @Transactional(readOnly = true)
    public boolean emailTaken(String email) {
        return users.directory(normalizeEmail(email)).isPresent();
    }

    /** Creates a user whose password was hashed beforehand (outside any transaction). */
    @Transactional
    public Member create(String tenantId, String email, String name, String language, Role role, String passwordHash) {
        Member member = new Member(
                UUID.randomUUID().toString(),
                tenantId,
                normalizeEmail(email),
                name.strip(),
                language,
                role,
                Instant.ofEpochMilli(clock.millis()));
        if (users.directory(member.email()).isPresent()) {
            throw new EmailAlreadyRegistered();
        }
        try {
            users.insert(member, passwordHash);
        } catch (DuplicateKeyException raced) {
            throw new EmailAlreadyRegistered();
        }
        return member;
    }

    @Transactional(readOnly = true)
    public Optional<Member> find(String tenantId, String userId) {
        return users.find(tenantId, userId);
    }

    @Transactional(readOnly = true)
    public List<Member> members(String tenantId) {
        return users.all(tenantId);
    }

    @Transactional(readOnly = true)
    public long count(String tenantId, Role role) {
        return users.count(tenantId, role);
    }

    @Transactional
    public void changeRole(String tenantId, String userId, Role role) {
        users.updateRole(tenantId, userId, role, clock.millis());
    }

    /** Deletes the user; their sessions go with them, so their tokens stop working at once. */
    @Transactional
    public void remove(String tenantId, String userId) {
        sessions.revokeAllOf(tenantId, userId, "removed", clock.millis());
        users.delete(tenantId, userId);
    }
}
