package dev.consultor.llm.anthropic;

import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicInvalidDataException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.SseException;
import dev.consultor.engine.model.ModelException;
import dev.consultor.llm.provider.ProviderFailure;
import dev.consultor.llm.provider.ProviderFailures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Classifies what the SDK throws; its own retries are off, so each exception is one failed attempt. */
final class AnthropicErrors {
    static final String PROVIDER = "Anthropic";

    private AnthropicErrors() {}

    static ProviderFailure classify(RuntimeException error, String model, String baseUrl, Clock clock) {
        if (error instanceof SseException sse) {
            return ProviderFailures.ofStreamError(PROVIDER, model, errorType(sse), message(sse));
        }
        if (error instanceof AnthropicServiceException service) {
            return ProviderFailures.ofStatus(
                    PROVIDER,
                    model,
                    service.statusCode(),
                    errorType(service),
                    message(service),
                    first(service, "retry-after"),
                    first(service, "retry-after-ms"),
                    clock);
        }
        if (error instanceof AnthropicIoException || error instanceof UncheckedIOException) {
            return ProviderFailures.ofIo(PROVIDER, baseUrl, error);
        }
        if (error instanceof AnthropicInvalidDataException) {
            // A body that does not parse: a proxy cut it short or the server is not the Messages API.
            return new ProviderFailure(
                    ModelException.Kind.INVALID_RESPONSE,
                    true,
                    PROVIDER + " sent a response that could not be read (" + error.getMessage() + ")",
                    null,
                    error);
        }
        if (error instanceof AnthropicException && hasIoCause(error)) {
            return ProviderFailures.ofIo(PROVIDER, baseUrl, error);
        }
        return new ProviderFailure(
                ModelException.Kind.OTHER, false, PROVIDER + " call failed: " + error.getMessage(), null, error);
    }

    private static boolean hasIoCause(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof IOException) return true;
        }
        return false;
    }

    private static String errorType(AnthropicServiceException e) {
        return e.type().map(Object::toString).orElse("");
    }

    private static String message(AnthropicServiceException e) {
        return e.apiMessage().orElse("");
    }

    private static Optional<String> first(AnthropicServiceException e, String header) {
        List<String> values = e.headers().values(header);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}
