package dev.consultor.llm.provider;

import dev.consultor.engine.model.ModelException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleSupplier;

/**
 * The one retry layer between the engine and a provider (the SDKs' own retries are switched off): every attempt
 * asks the provider's circuit breaker first, runs on its own virtual thread bounded by the attempt timeout, and a
 * failure the provider may recover from is retried after its {@code retry-after} or an exponential backoff with
 * jitter, up to {@link RetryPolicy#maxAttempts()} attempts. Interrupting the calling thread abandons the
 * attempt in flight (its thread is interrupted, which closes its socket) and makes no further attempt.
 */
public final class Resilience {
    /** One attempt at the provider. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws ProviderFailure, InterruptedException;
    }

    private final RetryPolicy policy;
    private final CircuitBreaker breaker;
    private final Duration attemptTimeout;
    private final Sleeper sleeper;
    private final DoubleSupplier random;

    public Resilience(
            RetryPolicy policy,
            CircuitBreaker breaker,
            Duration attemptTimeout,
            Sleeper sleeper,
            DoubleSupplier random) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.attemptTimeout = Objects.requireNonNull(attemptTimeout, "attemptTimeout");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.random = Objects.requireNonNull(random, "random");
    }

    public Resilience(RetryPolicy policy, CircuitBreaker breaker, Duration attemptTimeout) {
        this(policy, breaker, attemptTimeout, Sleeper.SYSTEM);
    }

    /** With real jitter, for adapters that only choose how to wait between attempts. */
    public Resilience(RetryPolicy policy, CircuitBreaker breaker, Duration attemptTimeout, Sleeper sleeper) {
        this(
                policy,
                breaker,
                attemptTimeout,
                sleeper,
                () -> ThreadLocalRandom.current().nextDouble());
    }

    public ProviderHealth health() {
        return breaker.health();
    }

    /**
     * Runs one logical call.
     *
     * @throws ModelException with the cause of the last failure, or {@link ModelException.Kind#CIRCUIT_OPEN}
     * @throws InterruptedException when the calling thread is interrupted; no attempt follows
     */
    public <T> T call(Attempt<T> attempt) throws InterruptedException {
        for (int n = 1; ; n++) {
            if (Thread.currentThread().isInterrupted()) throw new InterruptedException("call cancelled");
            if (!breaker.tryAcquire()) throw circuitOpen();
            ProviderFailure failure;
            try {
                T result = bounded(attempt);
                breaker.onSuccess();
                return result;
            } catch (InterruptedException e) {
                breaker.onAbandoned();
                throw e;
            } catch (ProviderFailure f) {
                failure = f;
            }
            if (failure.countsAgainstProvider()) breaker.onFailure(failure.getMessage());
            else breaker.onAnswered(failure.getMessage());
            if (!failure.retryable() || n >= policy.maxAttempts()) throw giveUp(failure, n);
            Duration wait = failure.retryAfter().isPresent()
                    ? failure.retryAfter().get()
                    : policy.backoff(n, random.getAsDouble());
            if (wait.compareTo(policy.maxRetryAfter()) > 0) {
                throw new ModelException(
                        failure.kind(),
                        failure.getMessage() + "; it asked to wait " + wait.toSeconds() + " s, longer than the "
                                + policy.maxRetryAfter().toSeconds() + " s we wait",
                        failure);
            }
            sleeper.sleep(wait);
        }
    }

    private <T> T bounded(Attempt<T> attempt) throws ProviderFailure, InterruptedException {
        var task = new FutureTask<T>(attempt::run);
        Thread.ofVirtual().name("llm-attempt").start(task);
        try {
            return task.get(attemptTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ProviderFailure(
                    ModelException.Kind.TIMEOUT,
                    false,
                    "the provider did not answer within " + attemptTimeout.toSeconds() + " s",
                    null,
                    e);
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ProviderFailure f) throw f;
            if (cause instanceof ModelException m) {
                throw new ProviderFailure(m.kind(), false, m.getMessage(), null, m);
            }
            if (cause instanceof InterruptedException) {
                throw new ProviderFailure(ModelException.Kind.CANCELLED, false, "the call was cancelled");
            }
            throw new ProviderFailure(
                    ModelException.Kind.OTHER, false, "the provider call failed: " + cause, null, cause);
        }
    }

    private ModelException circuitOpen() {
        ProviderHealth health = breaker.health();
        long seconds = Math.max(1, breaker.remainingCoolDown().toSeconds());
        return new ModelException(
                ModelException.Kind.CIRCUIT_OPEN,
                "calls to " + health.provider() + " are paused for " + seconds + " s after "
                        + health.consecutiveFailures() + " failures in a row"
                        + health.lastError().map(e -> " (last: " + e + ")").orElse(""));
    }

    private static ModelException giveUp(ProviderFailure failure, int attempts) {
        String message = attempts > 1 ? failure.getMessage() + ", tried " + attempts + " times" : failure.getMessage();
        return new ModelException(failure.kind(), message, failure);
    }
}
