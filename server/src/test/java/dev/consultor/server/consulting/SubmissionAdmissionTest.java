package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.server.consulting.SubmissionAdmission.SubmissionsBusy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SubmissionAdmissionTest {
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aSubmissionWaitsUntilAnAdmittedOneCompletesThenProceeds() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofSeconds(30));
        var first = post();
        assertThat(admission.preHandle(first, response, null)).isTrue();

        var second = CompletableFuture.supplyAsync(() -> admit(admission, post()));
        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        admission.afterCompletion(first, response, null, null);
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void readsAreNeverHeldBack() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50));
        assertThat(admission.preHandle(post(), response, null)).isTrue();

        var read = new MockHttpServletRequest("GET", "/api/v1/executions");
        assertThat(admission.preHandle(read, response, null)).isTrue();
        admission.afterCompletion(read, response, null, null);

        assertThatThrownBy(() -> admission.preHandle(post(), response, null))
                .as("the read released no permit it did not take")
                .isInstanceOf(SubmissionsBusy.class);
    }

    @Test
    void aSubmissionWaitingTooLongIsToldToRetry() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50));
        assertThat(admission.preHandle(post(), response, null)).isTrue();

        assertThatThrownBy(() -> admission.preHandle(post(), response, null))
                .isInstanceOfSatisfying(
                        SubmissionsBusy.class, e -> assertThat(e.retryAfter()).isPositive());
    }

    @Test
    void aPermitIsReleasedOnceEvenIfCompletionIsReportedTwice() throws Exception {
        var admission = new SubmissionAdmission(1, Duration.ofMillis(50));
        var first = post();
        admission.preHandle(first, response, null);
        admission.afterCompletion(first, response, null, null);
        admission.afterCompletion(first, response, null, null);

        assertThat(admission.preHandle(post(), response, null)).isTrue();
        assertThatThrownBy(() -> admission.preHandle(post(), response, null)).isInstanceOf(SubmissionsBusy.class);
    }

    private static MockHttpServletRequest post() {
        return new MockHttpServletRequest("POST", "/api/v1/executions");
    }

    private boolean admit(SubmissionAdmission admission, MockHttpServletRequest request) {
        try {
            return admission.preHandle(request, response, null);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
