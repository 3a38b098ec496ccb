package dev.consultor.server.identity;

import dev.consultor.server.shared.ProblemType;
import dev.consultor.server.shared.Problems;
import dev.consultor.server.shared.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a valid access token into the request's principal and binds its tenant for the rest of
 * the request. Any invalid token is a 401 at once, even on public endpoints such as the API
 * document: a client sending a broken token should learn so rather than be served anonymously.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String PREFIX = "Bearer ";

    private final Sessions sessions;
    private final Problems problems;

    BearerTokenFilter(Sessions sessions, Problems problems) {
        this.sessions = sessions;
        this.problems = problems;
    }

    /**
     * Endpoints that prove identity by other means ignore any Authorization header: a client
     * whose access token just expired must still be able to refresh or log in again.
     */
    private static final Set<String> CREDENTIAL_ENDPOINTS =
            Set.of("/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/invitations/accept");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return CREDENTIAL_ENDPOINTS.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        AuthenticatedUser user;
        try {
            user = sessions.authenticate(header.substring(PREFIX.length()).strip());
        } catch (InvalidToken e) {
            log.info("Rejected access token: {}", e.reason());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, ProblemType.UNAUTHENTICATED, e.getMessage());
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new Authenticated(user));
        TenantContext.bind(user.tenantId());
        MDC.put("tenant_id", user.tenantId());
        MDC.put("user_id", user.userId());
        try {
            chain.doFilter(request, response);
        } finally {
            // The MDC keys stay until RequestIds clears them, so the request's last log line has them.
            TenantContext.clear();
        }
    }

    static final class Authenticated extends AbstractAuthenticationToken {
        private final AuthenticatedUser user;

        Authenticated(AuthenticatedUser user) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
            this.user = user;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public AuthenticatedUser getPrincipal() {
            return user;
        }
    }
}
