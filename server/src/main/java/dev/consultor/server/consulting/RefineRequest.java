package dev.consultor.server.consulting;

import dev.consultor.server.consulting.ExecutionExceptions.InvalidExecutionRequest;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.util.List;

/** The body of {@code POST /api/v1/executions/{id}/refine}, as sent. */
record RefineRequest(String question) {
    static final int MAX_QUESTION_CHARS = 2_000;

    /** The question, trimmed. */
    String validate() {
        String q = question == null ? null : question.strip();
        if (q == null || q.isEmpty()) {
            throw new InvalidExecutionRequest(List.of(new FieldError("question", "must not be blank")));
        }
        int length = q.codePointCount(0, q.length());
        if (length > MAX_QUESTION_CHARS) {
            throw new InvalidExecutionRequest(List.of(new FieldError(
                    "question",
                    "must have between 1 and " + MAX_QUESTION_CHARS + " characters after trimming (has " + length
                            + ")")));
        }
        return q;
    }
}
