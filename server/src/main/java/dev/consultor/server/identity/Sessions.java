package dev.consultor.server.identity;

import dev.consultor.server.identity.IdentityEvents.RefreshTokenReused;
import dev.consultor.server.identity.IdentityEvents.UserLoggedOut;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions are refresh-token families. A refresh token is single-use: using it marks it (a
 * compare-and-set in the database) and issues the next one, which expires with the session, so
 * rotation never extends the 30 days. Presenting a used token again means it was copied: the
 * whole family is revoked.
 */
@Service
public class Sessions {
    private final SessionRepository sessions;
    private final UserRepository users;
    private final TokenIssuer issuer;
    private final TokenVerifier verifier;
    private final AccessStateCache accessStates;
    private final IdentityProperties properties;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Sessions(
            SessionRepository sessions,
            UserRepository users,
            TokenIssuer issuer,
            TokenVerifier verifier,
            AccessStateCache accessStates,
            IdentityProperties properties,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            Clock clock) {
        this.sessions = sessions;
        this.users = users;
        this.issuer = issuer;
        this.verifier = verifier;
        this.accessStates = accessStates;
        this.properties = properties;
        this.tx = tx;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a session for a user whose identity was just proven; runs in the user's tenant. */
    public TokenPair open(Member member) {
        return TenantContext.callAs(
                member.tenantId(),
                () -> tx.execute(status -> {
                    long now = clock.millis();
                    String sessionId = UUID.randomUUID().toString();
                    long expiresAt = now + properties.refreshTokenTtl().toMillis();
                    sessions.insertSession(member.tenantId(), sessionId, member.userId(), now, expiresAt);
                    return issue(member.tenantId(), member.userId(), member.email(), sessionId, expiresAt, now);
                }));
    }

    TokenPair refresh(String refreshToken) {
        TokenClaims claims = verifier.verify(refreshToken, TokenKind.REFRESH);
        Outcome outcome = TenantContext.callAs(claims.tenantId(), () -> tx.execute(status -> rotate(claims)));
        return switch (outcome) {
            case Outcome.Issued issued -> issued.pair();
            case Outcome.Reused reused -> {
                events.publishEvent(new RefreshTokenReused(claims.tenantId(), claims.userId(), claims.sessionId()));
                throw new InvalidToken("refresh token reused; session revoked");
            }
            case Outcome.Rejected rejected -> throw new InvalidToken(rejected.reason());
        };
    }

    void logout(AuthenticatedUser user) {
        TenantContext.runAs(
                user.tenantId(),
                () -> tx.executeWithoutResult(status -> {
                    long now = clock.millis();
                    sessions.revoke(user.tenantId(), user.sessionId(), "logout", now);
                    sessions.deny(user.tenantId(), user.tokenId(), user.expiresAt(), now);
                }));
        events.publishEvent(new UserLoggedOut(user.tenantId(), user.userId()));
    }

    /** Called inside the caller's transaction when a password changes. */
    void revokeAll(String tenantId, String userId, String reason) {
        sessions.revokeAllOf(tenantId, userId, reason, clock.millis());
    }

    AuthenticatedUser authenticate(String accessToken) {
        TokenClaims claims = verifier.verify(accessToken, TokenKind.ACCESS);
        SessionRepository.AccessState state = accessStates
                .get(
                        claims,
                        () -> TenantContext.callAs(
                                claims.tenantId(),
                                () -> tx.execute(status -> sessions.accessState(
                                        claims.tenantId(), claims.userId(), claims.sessionId(), claims.tokenId()))))
                .orElseThrow(() -> new InvalidToken("user or session no longer exists"));
        if (state.sessionRevoked() || state.denied() || state.sessionExpiresAt() <= clock.millis()) {
            throw new InvalidToken("revoked");
        }
        return new AuthenticatedUser(
                state.member(),
                claims.sessionId(),
                claims.tokenId(),
                claims.expiresAt().toEpochMilli());
    }

    private Outcome rotate(TokenClaims claims) {
        long now = clock.millis();
        String tenant = claims.tenantId();
        if (!sessions.claimRefreshToken(tenant, claims.tokenId(), claims.sessionId(), now)) {
            if (sessions.refreshTokenExists(tenant, claims.tokenId(), claims.sessionId())) {
                sessions.revoke(tenant, claims.sessionId(), "refresh-token-reuse", now);
                return new Outcome.Reused();
            }
            return new Outcome.Rejected("unknown refresh token");
        }
        SessionRepository.Session session =
                sessions.session(tenant, claims.sessionId()).orElse(null);
        if (session == null || !session.activeAt(now) || !session.userId().equals(claims.userId())) {
            return new Outcome.Rejected("session ended");
        }
        String email = users.credentials(tenant, claims.userId())
                .map(UserRepository.Credentials::email)
                .orElse(null);
        if (email == null) {
            return new Outcome.Rejected("user removed");
        }
        return new Outcome.Issued(issue(tenant, claims.userId(), email, session.id(), session.expiresAt(), now));
    }

    private TokenPair issue(
            String tenantId, String userId, String email, String sessionId, long sessionExpiresAt, long now) {
        String refreshJti = UUID.randomUUID().toString();
        sessions.insertRefreshToken(tenantId, refreshJti, sessionId, now);
        Instant issuedAt = Instant.ofEpochMilli(now);
        Instant accessExpiry = issuedAt.plus(properties.accessTokenTtl());
        String access = issuer.sign(new TokenClaims(
                TokenKind.ACCESS,
                UUID.randomUUID().toString(),
                userId,
                tenantId,
                sessionId,
                email,
                issuedAt,
                accessExpiry));
        String refresh = issuer.sign(new TokenClaims(
                TokenKind.REFRESH,
                refreshJti,
                userId,
                tenantId,
                sessionId,
                null,
                issuedAt,
                Instant.ofEpochMilli(sessionExpiresAt)));
        return new TokenPair(
                access, refresh, "bearer", properties.accessTokenTtl().toSeconds());
    }

    private sealed interface Outcome {
        record Issued(TokenPair pair) implements Outcome {}

        record Reused() implements Outcome {}

        record Rejected(String reason) implements Outcome {}
    }
}
