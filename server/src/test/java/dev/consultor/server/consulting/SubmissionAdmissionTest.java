package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.server.shared.Problems;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class SubmissionAdmissionTest {
    private final Problems problems = new Problems(JsonMapper.builder().build());
    private final AtomicInteger passed = new AtomicInteger();
    private final FilterChain counting = (request, response) -> passed.incrementAndGet();

    @Test
    void aSubmissionWaitsUntilAnAdmittedOneCompletesThenProceeds() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofSeconds(30), problems);
        var inside = new CountDownLatch(1);
        var leave = new CountDownLatch(1);
        var first = CompletableFuture.runAsync(() -> filter(admission, post(), (request, response) -> {
            inside.countDown();
            await(leave);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        var second = CompletableFuture.runAsync(() -> filter(admission, post(), counting));
        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(passed).hasValue(0);

        leave.countDown();
        first.get(5, TimeUnit.SECONDS);
        second.get(5, TimeUnit.SECONDS);
        assertThat(passed).hasValue(1);
    }

    @Test
    void readsAndRequestsWithoutABearerTokenAreNeverHeldBack() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50), problems);
        var leave = new CountDownLatch(1);
        occupy(admission, leave);

        var read = new MockHttpServletRequest("GET", "/api/v1/executions");
        read.addHeader("Authorization", "Bearer t");
        filter(admission, read, counting);
        var anonymous = new MockHttpServletRequest("POST", "/api/v1/executions");
        filter(admission, anonymous, counting);
        var other = new MockHttpServletRequest("POST", "/api/v1/executions/e-1/cancel");
        other.addHeader("Authorization", "Bearer t");
        filter(admission, other, counting);
        assertThat(passed).hasValue(3);
        leave.countDown();
    }

    @Test
    void aSubmissionWaitingTooLongIsToldToRetryWithAProblemDocument() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50), problems);
        var leave = new CountDownLatch(1);
        occupy(admission, leave);

        var response = new MockHttpServletResponse();
        admission.doFilter(post(), response, counting);

        assertThat(passed).hasValue(0);
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":429").contains("retry shortly");
        leave.countDown();
    }

    @Test
    void aPermitIsReleasedWhenTheSubmissionFails() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50), problems);
        assertThatThrownBy(() -> admission.doFilter(post(), new MockHttpServletResponse(), (request, response) -> {
                    throw new IllegalStateException("store failed");
                }))
                .hasMessage("store failed");

        filter(admission, post(), counting);
        assertThat(passed).hasValue(1);
    }

    /** Admits a submission that stays inside until {@code leave} is counted down; returns once it is in. */
    private static void occupy(SubmissionAdmission admission, CountDownLatch leave) throws InterruptedException {
        var inside = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> filter(admission, post(), (request, response) -> {
            inside.countDown();
            await(leave);
        }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static MockHttpServletRequest post() {
        var request = new MockHttpServletRequest("POST", "/api/v1/executions");
        request.addHeader("Authorization", "Bearer a.b.c");
        return request;
    }

    private static void filter(SubmissionAdmission admission, MockHttpServletRequest request, FilterChain chain) {
        try {
            admission.doFilter(request, new MockHttpServletResponse(), chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
