package dev.consultor.server.consulting;

import dev.consultor.server.shared.DatabaseProperties;
import dev.consultor.server.shared.TooManyRequests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Submissions are admitted a few at a time, before their body is read: a burst of hundreds then waits parked
 * instead of parsing, profiling and validating all at once, and the requests that read executions do not queue
 * for the processors behind it. Each admitted submission stores in turn for a quarter of the pool, which leaves
 * connections for those reads and for the runs already going.
 */
@Configuration(proxyBeanMethods = false)
class SubmissionAdmission implements WebMvcConfigurer, HandlerInterceptor {
    /** Longer than any burst a node drains: past it the client is told to come back rather than left hanging. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private static final String ADMITTED = SubmissionAdmission.class.getName() + ".admitted";

    private final Semaphore permits;
    private final Duration maxWait;

    @Autowired
    SubmissionAdmission(DatabaseProperties database) {
        this(Math.max(1, database.poolSize() / 4), MAX_WAIT);
    }

    SubmissionAdmission(int permits, Duration maxWait) {
        this.permits = new Semaphore(permits, true);
        this.maxWait = maxWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/executions");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws InterruptedException {
        if (!"POST".equals(request.getMethod())) return true;
        if (!permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) throw new SubmissionsBusy();
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(ADMITTED) != null) {
            request.removeAttribute(ADMITTED);
            permits.release();
        }
    }

    static final class SubmissionsBusy extends TooManyRequests {
        SubmissionsBusy() {
            super("Too many executions are being submitted at once; retry shortly", Duration.ofSeconds(5));
        }
    }
}
