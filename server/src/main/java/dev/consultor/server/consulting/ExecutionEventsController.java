package dev.consultor.server.consulting;

import dev.consultor.server.identity.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Progress as Server-Sent Events. Everything comes from the events table, so a client may connect
 * to any node: past events are replayed (after Last-Event-ID when given), new ones follow as the
 * table grows, and the stream ends once the execution has finished and all its events are sent.
 */
@RestController
@Tag(name = "Executions")
class ExecutionEventsController {
    private static final Logger log = LoggerFactory.getLogger(ExecutionEventsController.class);
    private static final Duration STREAM_LIMIT = Duration.ofMinutes(30);

    private final Executions executions;
    private final ConsultingProperties properties;
    private final EventStreams streams;

    ExecutionEventsController(Executions executions, ConsultingProperties properties, EventStreams streams) {
        this.executions = executions;
        this.properties = properties;
        this.streams = streams;
    }

    @GetMapping("/api/v1/executions/{id}/events")
    @Operation(summary = "Progress events: replayed, then live; resumes after the Last-Event-ID header")
    SseEmitter events(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable String id,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String tenantId = user.tenantId();
        executions.status(tenantId, id); // 404 before the stream starts
        long after = parse(lastEventId);
        SseEmitter emitter = new SseEmitter(STREAM_LIMIT.toMillis());
        streams.opened();
        try {
            Thread.ofVirtual().name("sse-" + id).start(() -> {
                try {
                    stream(emitter, tenantId, id, after);
                } finally {
                    streams.closed();
                }
            });
        } catch (RuntimeException e) {
            streams.closed();
            throw e;
        }
        return emitter;
    }

    private void stream(SseEmitter emitter, String tenantId, String id, long after) {
        long sent = after;
        long deadline = System.nanoTime() + STREAM_LIMIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                // Read the status first: events written before it finished are then all visible below.
                boolean finished = executions.status(tenantId, id).finished();
                var batch = executions.events(tenantId, id, sent);
                for (var event : batch) {
                    emitter.send(SseEmitter.event()
                            .id(Long.toString(event.sequence()))
                            .name(event.type())
                            .data(event.data(), MediaType.APPLICATION_JSON));
                    sent = event.sequence();
                }
                if ((finished && batch.isEmpty()) || streams.closing()) {
                    break; // done, or this node is shutting down: the client resumes elsewhere
                }
                if (batch.isEmpty()) {
                    Thread.sleep(properties.pollInterval().dividedBy(4));
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            // the client went away
        } catch (InterruptedException e) {
            emitter.complete();
        } catch (RuntimeException e) {
            // deleted while streaming, or the database failed: end the stream, the client may reconnect
            log.debug("Event stream ended", e);
            emitter.complete();
        }
    }

    private static long parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(lastEventId.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
