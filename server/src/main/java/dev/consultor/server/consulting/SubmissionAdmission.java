package dev.consultor.server.consulting;

import dev.consultor.server.shared.DatabaseProperties;
import dev.consultor.server.shared.ProblemType;
import dev.consultor.server.shared.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Submissions are admitted a few at a time, as soon as they arrive: before authentication, before their body is
 * read. A burst of hundreds then waits parked instead of authenticating, parsing, profiling and validating all at
 * once, and the requests that read executions do not queue for the processors behind it. Each admitted submission
 * stores in turn for a quarter of the pool, which leaves connections for those reads and for the runs already
 * going.
 *
 * <p>Only requests that carry a bearer token wait: one without is refused by authentication at once. A forged
 * token waits its turn like a real one and is then refused in well under a millisecond.
 */
final class SubmissionAdmission extends OncePerRequestFilter {
    /** Longer than any burst a node drains: past it the client is told to come back rather than left hanging. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Semaphore permits;
    private final Duration maxWait;
    private final Problems problems;

    SubmissionAdmission(int permits, Duration maxWait, Problems problems) {
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return !"POST".equals(request.getMethod())
                || !"/api/v1/executions".equals(request.getRequestURI())
                || authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
            problems.write(
                    response,
                    ProblemType.TOO_MANY_REQUESTS,
                    "Too many executions are being submitted at once; retry shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {
        /** After the request id, the request log and the body limit; before security and Spring MVC. */
        @Bean
        FilterRegistrationBean<SubmissionAdmission> submissionAdmission(
                DatabaseProperties database, Problems problems) {
            var registration = new FilterRegistrationBean<>(
                    new SubmissionAdmission(Math.max(1, database.poolSize() / 4), MAX_WAIT, problems));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
            return registration;
        }
    }
}
