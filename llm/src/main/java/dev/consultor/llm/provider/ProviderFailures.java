package dev.consultor.llm.provider;

import dev.consultor.engine.model.ModelException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what a provider answered (an HTTP status, its error type and message) or how the connection failed into
 * a classified {@link ProviderFailure} whose message is a cause a user can act on. Retried: 408, 409, 429 (unless
 * it is a spend limit), 5xx, 529, resets and connect failures. Never retried: 400, 401, 402, 403, 404, 413, 422.
 */
public final class ProviderFailures {
    /**
     * Refusals no wait cures: an empty balance, a spend or usage limit, an exhausted billing quota. Rate-limit
     * quotas ("quota exceeded for requests per minute") are not matched: they clear by themselves.
     */
    private static final Pattern BILLING = Pattern.compile(
            "credit balance|billing|spend(ing)? limit|usage limits?\\b|insufficient_quota|exceeded your current quota"
                    + "|payment required",
            Pattern.CASE_INSENSITIVE);

    private ProviderFailures() {}

    /**
     * Classifies an HTTP error answer.
     *
     * @param provider how the provider is named in messages, e.g. "Anthropic"
     * @param errorType the provider's error type or code, e.g. "overloaded_error", "insufficient_quota"; may be empty
     * @param message the provider's own error message; may be empty
     * @param retryAfter the {@code retry-after} header, seconds or an HTTP date, when present
     * @param retryAfterMs the {@code retry-after-ms} header, when present
     */
    public static ProviderFailure ofStatus(
            String provider,
            String model,
            int status,
            String errorType,
            String message,
            Optional<String> retryAfter,
            Optional<String> retryAfterMs,
            Clock clock) {
        String detail = detail(errorType, message);
        boolean billing = BILLING.matcher(errorType + " " + message).find() || "billing_error".equals(errorType);
        if (billing && status != 500 && status < 502) {
            return new ProviderFailure(
                    Kind.REFUSED,
                    false,
                    provider + " refused the call for billing reasons: check the account's" + " credit and spend limits"
                            + detail);
        }
        return switch (status) {
            case 400, 422 ->
                new ProviderFailure(Kind.INVALID_REQUEST, false, provider + " rejected the request" + detail);
            case 401 -> new ProviderFailure(Kind.AUTHENTICATION, false, "invalid API key for " + provider + detail);
            case 402 ->
                new ProviderFailure(Kind.REFUSED, false, provider + " refused the call: payment required" + detail);
            case 403 ->
                new ProviderFailure(
                        Kind.AUTHENTICATION,
                        false,
                        "the API key is not allowed to use this model on " + provider + detail);
            case 404 ->
                new ProviderFailure(Kind.NOT_FOUND, false, "model not found: " + model + " on " + provider + detail);
            case 413 ->
                new ProviderFailure(Kind.INVALID_REQUEST, false, "the request is too large for " + provider + detail);
            case 408 -> new ProviderFailure(Kind.TIMEOUT, true, provider + " timed out on the request" + detail);
            case 409 -> new ProviderFailure(Kind.OTHER, true, provider + " reported a conflict" + detail);
            case 429 ->
                new ProviderFailure(
                        Kind.RATE_LIMITED,
                        true,
                        "rate limited by the provider (" + provider + ")" + detail,
                        retryAfter(retryAfter, retryAfterMs, clock).orElse(null),
                        null);
            case 503, 529 ->
                new ProviderFailure(
                        Kind.OVERLOADED,
                        true,
                        provider + " is overloaded" + detail,
                        retryAfter(retryAfter, retryAfterMs, clock).orElse(null),
                        null);
            default ->
                status >= 500
                        ? new ProviderFailure(Kind.OTHER, true, provider + " failed with HTTP " + status + detail)
                        : new ProviderFailure(Kind.OTHER, false, provider + " answered HTTP " + status + detail);
        };
    }

    /** Classifies an error event inside a stream, which carries an error type but no status. */
    public static ProviderFailure ofStreamError(String provider, String model, String errorType, String message) {
        int status = switch (errorType) {
            case "overloaded_error" -> 529;
            case "rate_limit_error" -> 429;
            case "api_error" -> 500;
            case "invalid_request_error" -> 400;
            case "authentication_error" -> 401;
            case "permission_error" -> 403;
            case "not_found_error" -> 404;
            case "request_too_large" -> 413;
            case "billing_error" -> 402;
            case "timeout_error" -> 408;
            default -> 500;
        };
        return ofStatus(
                provider, model, status, errorType, message, Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    /** Classifies a failure to talk to the provider at all. */
    public static ProviderFailure ofIo(String provider, String baseUrl, Throwable error) {
        Throwable connect = find(error, ProviderFailures::isConnectFailure);
        if (connect != null) {
            return new ProviderFailure(
                    Kind.UNREACHABLE,
                    true,
                    "provider unreachable at " + baseUrl + " (" + describe(connect) + ")",
                    null,
                    error);
        }
        Throwable timeout = find(error, ProviderFailures::isTimeout);
        if (timeout != null) {
            // The provider is working on it but slowly; another attempt would only double the wait.
            return new ProviderFailure(
                    Kind.TIMEOUT, false, provider + " did not answer in time (" + describe(timeout) + ")", null, error);
        }
        Throwable io = find(error, t -> t instanceof IOException);
        return new ProviderFailure(
                Kind.UNREACHABLE,
                true,
                "connection to " + provider + " at " + baseUrl + " failed (" + describe(io == null ? error : io) + ")",
                null,
                error);
    }

    private static boolean isConnectFailure(Throwable t) {
        return t instanceof HttpConnectTimeoutException
                || t instanceof ConnectException
                || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException
                || (t instanceof SocketTimeoutException
                        && String.valueOf(t.getMessage()).contains("connect"));
    }

    private static boolean isTimeout(Throwable t) {
        return t instanceof HttpTimeoutException
                || t instanceof SocketTimeoutException
                || (t instanceof InterruptedIOException
                        && String.valueOf(t.getMessage()).contains("timeout"));
    }

    private static Throwable find(Throwable error, java.util.function.Predicate<Throwable> test) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) return t;
        }
        return null;
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null
                ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** How long the provider asked us to wait: {@code retry-after-ms}, else {@code retry-after} in seconds or as a date. */
    public static Optional<Duration> retryAfter(Optional<String> seconds, Optional<String> millis, Clock clock) {
        if (millis.isPresent()) {
            try {
                return Optional.of(
                        Duration.ofMillis((long) Double.parseDouble(millis.get().strip())));
            } catch (NumberFormatException ignored) {
                // fall through to retry-after
            }
        }
        if (seconds.isEmpty()) return Optional.empty();
        String value = seconds.get().strip();
        try {
            double s = Double.parseDouble(value);
            return s < 0 ? Optional.empty() : Optional.of(Duration.ofMillis((long) (s * 1000)));
        } catch (NumberFormatException notSeconds) {
            try {
                var when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), when.toInstant());
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String detail(String errorType, String message) {
        String m = message == null ? "" : message.strip();
        if (m.length() > 300) m = m.substring(0, 300) + "…";
        if (m.isEmpty() && (errorType == null || errorType.isEmpty())) return "";
        if (m.isEmpty()) return ": " + errorType;
        return ": " + m;
    }
}
