package dev.consultor.server.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where a failure becomes an RFC 9457 problem document, whether it is raised in a
 * controller ({@link ProblemHandler}) or in a servlet filter before any controller runs.
 */
@Component
public class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        String requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("request_id", requestId);
        }
        return problem;
    }

    public ProblemDetail invalid(List<InvalidInput.FieldError> errors) {
        ProblemDetail problem = of(ProblemType.VALIDATION_FAILED, "One or more fields are invalid");
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
        return problem;
    }

    /** For filters that answer before Spring MVC is involved. */
    public void write(HttpServletResponse response, ProblemType type, String detail) throws IOException {
        write(response, of(type, detail));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        json.writeValue(response.getOutputStream(), problem);
    }
}
