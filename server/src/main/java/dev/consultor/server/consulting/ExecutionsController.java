package dev.consultor.server.consulting;

import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.server.consulting.ExecutionExceptions.InvalidExecutionRequest;
import dev.consultor.server.consulting.ExecutionInputs.Upload;
import dev.consultor.server.consulting.ExecutionRepository.Cursor;
import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.shared.InvalidInput.FieldError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/executions")
@Tag(name = "Executions")
class ExecutionsController {
    private final Executions executions;
    private final Roster roster;
    private final JsonMapper json;

    ExecutionsController(Executions executions, Roster roster, JsonMapper json) {
        this.executions = executions;
        this.roster = roster;
        this.json = json;
    }

    record Created(String executionId, ExecutionStatus status, Instant createdAt, long estimatedDurationSeconds) {}

    record Summary(
            String executionId,
            ExecutionStatus status,
            String problemDescription,
            String businessType,
            String analysisDepth,
            String language,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {
        static Summary of(Execution e) {
            return new Summary(
                    e.id(),
                    e.status(),
                    e.problemDescription(),
                    e.businessType().label(dev.consultor.engine.brief.Language.EN),
                    e.depth().label(dev.consultor.engine.brief.Language.EN).toLowerCase(java.util.Locale.ROOT),
                    e.language().tag(),
                    e.createdAt(),
                    e.startedAt(),
                    e.finishedAt());
        }
    }

    record Page(List<Summary> items, String nextCursor) {}

    record AdvisorProgress(String advisor, String name, String status) {}

    record Detail(
            String executionId,
            ExecutionStatus status,
            String problemDescription,
            String businessType,
            String analysisDepth,
            String language,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt,
            List<String> errors,
            List<AdvisorProgress> advisors,
            // Stored as the JSON the engine wrote; sent as it is rather than parsed and written again on every read.
            @Schema(type = "object", description = "The whole consultation, once finished")
            StoredJson result,

            List<Attachment> attachments) {}

    /** A file whose profiled facts ground the analysis. */
    record Attachment(String fileName, int rows, int columns) {}

    @PostMapping
    @Operation(summary = "Submit a business problem to the board; it is analysed in the background")
    ResponseEntity<Created> create(
            @AuthenticationPrincipal AuthenticatedUser user, @RequestBody ExecutionRequest body) {
        return created(executions.create(user, body));
    }

    private ResponseEntity<Created> created(Execution e) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/v1/executions/" + e.id())
                .body(new Created(e.id(), e.status(), e.createdAt(), executions.estimatedSeconds(e)));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Submit a business problem with CSV files whose profiled facts ground the analysis",
            description = "Parts: request (the JSON body of the plain submission) and up to "
                    + ExecutionInputs.MAX_FILES + " files of at most 1 MB each. A file that cannot be profiled as"
                    + " CSV is refused with 422 naming it; a file over 1 MB with 413.")
    ResponseEntity<Created> createWithFiles(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestPart(name = "request", required = false) String request,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            MultipartHttpServletRequest multipart) {
        List<String> unknown = multipart.getMultiFileMap().keySet().stream()
                .filter(part -> !part.equals("request") && !part.equals(ExecutionInputs.FIELD))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new InvalidExecutionRequest(List.of(new FieldError(
                    ExecutionInputs.FIELD,
                    "files are attached as parts named 'files'; unexpected parts: " + String.join(", ", unknown))));
        }
        List<Upload> uploads = files == null
                ? List.of()
                : files.stream().map(f -> (Upload) new MultipartUpload(f)).toList();
        return created(executions.create(user, requestPart(request), uploads));
    }

    private ExecutionRequest requestPart(String request) {
        if (request == null || request.isBlank()) {
            throw new InvalidExecutionRequest(List.of(new FieldError(
                    "request",
                    "is required: a JSON part with problem_description, business_type, analysis_depth and"
                            + " language")));
        }
        try {
            return json.readValue(request, ExecutionRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidExecutionRequest(
                    List.of(new FieldError("request", "unknown field '" + e.getPropertyName() + "' is not accepted")));
        } catch (JacksonException e) {
            throw new InvalidExecutionRequest(
                    List.of(new FieldError("request", "is not a JSON object of an execution request")));
        }
    }

    private record MultipartUpload(MultipartFile file) implements Upload {
        @Override
        public String originalName() {
            return file.getOriginalFilename();
        }

        @Override
        public long size() {
            return file.getSize();
        }

        @Override
        public byte[] bytes() throws IOException {
            return file.getBytes();
        }
    }

    @GetMapping
    @Operation(summary = "The organization's executions, newest first; pass next_cursor back as cursor")
    Page list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String status) {
        List<Execution> found = executions.page(user, StatusFilter.parse(status), PageCursor.decode(cursor), limit + 1);
        boolean more = found.size() > limit;
        List<Execution> page = more ? found.subList(0, limit) : found;
        String next = more
                ? PageCursor.encode(new Cursor(
                        page.getLast().createdAt().toEpochMilli(),
                        page.getLast().id()))
                : null;
        return new Page(page.stream().map(Summary::of).toList(), next);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status, each advisor's progress and, once finished, the whole consultation")
    Detail get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        Executions.Detail detail = executions.detail(user, id);
        Execution e = detail.execution();
        Summary s = Summary.of(e);
        return new Detail(
                e.id(),
                e.status(),
                s.problemDescription(),
                s.businessType(),
                s.analysisDepth(),
                s.language(),
                e.createdAt(),
                e.startedAt(),
                e.finishedAt(),
                e.errors(),
                progress(e, detail.advisorEvents()),
                e.result(),
                detail.attachments().stream()
                        .map(a -> new Attachment(a.fileName(), a.rows(), a.columns()))
                        .toList());
    }

    record Point(String text, String sourceId, String kind, String advisor) {}

    record Message(String messageId, String question, String answer, List<Point> points, Instant createdAt) {
        static Message of(Executions.Message m) {
            return new Message(
                    m.id(),
                    m.question(),
                    m.answer(),
                    m.points().stream()
                            .map(p -> new Point(p.text(), p.sourceId(), p.kind(), p.advisor()))
                            .toList(),
                    m.createdAt());
        }
    }

    record Messages(List<Message> items) {}

    @PostMapping("/{id}/refine")
    @Operation(summary = "Ask a follow-up question on a finished consultation; each point cites its source")
    ResponseEntity<Message> refine(
            @AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id, @RequestBody RefineRequest body) {
        Message message = Message.of(executions.refine(user, id, body));
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    @GetMapping("/{id}/messages")
    @Operation(summary = "The follow-up questions and answers of an execution, oldest first")
    Messages messages(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return new Messages(
                executions.messages(user, id).stream().map(Message::of).toList());
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Stop a queued or running execution; no further model calls are made")
    Summary cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        return Summary.of(executions.cancel(user, id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an execution with its checkpoints and events")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String id) {
        executions.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    /** Each advisor's latest state, in the roster's order. */
    private List<AdvisorProgress> progress(Execution e, List<ExecutionRepository.StoredEvent> advisorEvents) {
        Map<String, String> states = new java.util.HashMap<>();
        for (var event : advisorEvents) {
            String state = switch (event.type()) {
                case "advisor_started" -> "running";
                case "advisor_finished" -> "completed";
                case "advisor_failed" -> "failed";
                case "advisor_skipped" -> "skipped";
                default -> null;
            };
            if (state != null) {
                states.put(advisorOf(event.data()), state);
            }
        }
        return roster.inDependencyOrder().stream()
                .map(AdvisorSpec::id)
                .map(id -> new AdvisorProgress(
                        id,
                        roster.get(id).name(e.language()),
                        states.getOrDefault(id, e.status().finished() ? "skipped" : "pending")))
                .toList();
    }

    private String advisorOf(String data) {
        return json.readTree(data).path("advisor").asString("");
    }
}
