package dev.consultor.server.shared;

import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Maps every exception that reaches Spring MVC to a problem document built by {@link Problems}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** The part uploaded files are sent as, wherever the API takes them. */
    static final String UPLOAD_FIELD = "files";

    private final Problems problems;
    private final String uploadLimits;

    ProblemHandler(
            Problems problems,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest) {
        this.problems = problems;
        this.uploadLimits =
                "each file is limited to " + readable(maxFile) + " and an upload to " + readable(maxRequest);
    }

    private static String readable(DataSize size) {
        return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        ProblemType type = switch (e) {
            case ResourceNotFound ignored -> ProblemType.NOT_FOUND;
            case ConflictWithCurrentState ignored -> ProblemType.CONFLICT;
            case NotAuthenticated ignored -> ProblemType.UNAUTHENTICATED;
            case NotPermitted ignored -> ProblemType.FORBIDDEN;
            case TooManyRequests ignored -> ProblemType.TOO_MANY_REQUESTS;
            case InvalidInput ignored -> ProblemType.VALIDATION_FAILED;
        };
        ProblemDetail body = e instanceof InvalidInput invalid
                ? problems.invalid(invalid.errors())
                : problems.of(type, e.getMessage());
        ResponseEntity.BodyBuilder response =
                ResponseEntity.status(type.status()).contentType(Problems.PROBLEM_JSON);
        if (e instanceof TooManyRequests wait) {
            response.header(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, wait.retryAfter().toSeconds())));
        }
        if (e instanceof NotAuthenticated) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(body);
    }

    /** Validation by a proxied bean rather than by Spring MVC: the same 422, field by field. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<InvalidInput.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new InvalidInput.FieldError(
                        JsonNames.of(lastNode(v.getPropertyPath().toString())), message(v.getMessage())))
                .toList();
        ProblemDetail body = problems.invalid(errors);
        return ResponseEntity.status(body.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(body);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(ProblemType.FORBIDDEN, "Your role does not allow this action");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        // The caller gets the correlation id only; the stack trace stays in the log.
        log.error("Unhandled exception", e);
        return problem(
                ProblemType.INTERNAL_ERROR, "An unexpected error occurred; quote the request_id when reporting it");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        e.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(
                        new InvalidInput.FieldError(JsonNames.of(f.getField()), message(f.getDefaultMessage()))));
        e.getBindingResult()
                .getGlobalErrors()
                .forEach(g ->
                        errors.add(new InvalidInput.FieldError(g.getObjectName(), message(g.getDefaultMessage()))));
        return body(problems.invalid(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults()
                .forEach(result -> result.getResolvableErrors()
                        .forEach(err -> errors.add(new InvalidInput.FieldError(
                                JsonNames.of(result.getMethodParameter().getParameterName()),
                                message(err.getDefaultMessage())))));
        return body(problems.invalid(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof RequestBodyLimit.BodyTooLarge tooLarge) {
                return body(problems.of(ProblemType.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return body(problems.of(
                        ProblemType.BAD_REQUEST, "Unknown field '" + unknown.getPropertyName() + "' is not accepted"));
            }
            cause = cause.getCause();
        }
        return body(problems.of(
                ProblemType.BAD_REQUEST, "The request body is missing or is not valid JSON for this endpoint"));
    }

    /** Refused while a multipart body was read: 413, naming the part that carries files. */
    @Override
    protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.of(ProblemType.PAYLOAD_TOO_LARGE, "An upload is too large: " + uploadLimits);
        problem.setProperty(
                "errors",
                List.of(Map.of("field", UPLOAD_FIELD, "message", "a file is over the limit: " + uploadLimits)));
        return body(problem);
    }

    /** A multipart body that cannot be read at all. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        return problem(ProblemType.BAD_REQUEST, "The multipart body cannot be read");
    }

    /** Every other Spring MVC exception already carries its status; only the document is ours. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemType type = ProblemType.forStatus(status.value());
        String detail = body instanceof ProblemDetail original && original.getDetail() != null
                ? original.getDetail()
                : type.title();
        if (body instanceof ProblemDetail original
                && original.getType() != null
                && original.getType().toString().startsWith(ProblemType.BASE)) {
            return ResponseEntity.status(status)
                    .headers(headers)
                    .contentType(Problems.PROBLEM_JSON)
                    .body(original);
        }
        HttpHeaders kept = new HttpHeaders();
        kept.putAll(headers);
        return ResponseEntity.status(status)
                .headers(kept)
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(type, detail));
    }

    private ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(Problems.PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<ProblemDetail> problem(ProblemType type, String detail) {
        return ResponseEntity.status(type.status())
                .contentType(Problems.PROBLEM_JSON)
                .body(problems.of(type, detail));
    }

    private static String message(@Nullable String message) {
        return message == null ? "is invalid" : message;
    }
}
