package dev.consultor.server.shared;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failures that happen outside Spring MVC (the servlet container's own errors) are forwarded to
 * {@code /error}; they get the same kind of problem document, never Boot's default page.
 */
@RestController
class FallbackErrors implements ErrorController {
    private final Problems problems;

    FallbackErrors(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        ProblemType type = ProblemType.forStatus(status);
        // The error dispatch runs after the request's filters have cleared the MDC.
        if (request.getAttribute(RequestIds.MDC_KEY) instanceof String requestId) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        }
        return ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problems.of(type, type.title()));
    }
}
