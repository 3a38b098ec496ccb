package dev.consultor.server.consulting;

import dev.consultor.server.consulting.ExecutionExceptions.InvalidExecutionRequest;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** An opaque position in the newest-first list: clients pass it back, never build it. */
final class PageCursor {
    private PageCursor() {}

    static String encode(ExecutionRepository.Cursor cursor) {
        String raw = cursor.createdAt() + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static ExecutionRepository.Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            return new ExecutionRepository.Cursor(Long.parseLong(raw.substring(0, colon)), raw.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidExecutionRequest(List.of(new FieldError("cursor", "is not a cursor this API returned")));
        }
    }
}
