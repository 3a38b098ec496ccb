package dev.consultor.server.consulting;

import dev.consultor.engine.json.Json;
import dev.consultor.server.shared.TenantContext;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends progress events to an execution, each in its own short transaction, so any node can
 * replay them. Two writers (the runner and a cancel request) may race for a sequence number; the
 * loser takes the next one.
 */
@Component
class ExecutionJournal {
    private static final int ATTEMPTS = 5;

    private final ExecutionRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    ExecutionJournal(ExecutionRepository repository, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    void append(String tenantId, String executionId, String type, Object data) {
        String json = Json.write(data);
        for (int attempt = 1; ; attempt++) {
            try {
                TenantContext.runAs(
                        tenantId,
                        () -> tx.executeWithoutResult(
                                s -> repository.appendEvent(tenantId, executionId, type, json, clock.instant())));
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Changes the execution and records the event of that change in one transaction, so a stream
     * that sees the new status also sees the event (a finished execution's last event is never
     * missed). Nothing is recorded when {@code change} answers false.
     */
    boolean changeAndAppend(
            String tenantId, String executionId, java.util.function.BooleanSupplier change, String type, Object data) {
        String json = Json.write(data);
        for (int attempt = 1; ; attempt++) {
            try {
                return Boolean.TRUE.equals(TenantContext.callAs(
                        tenantId,
                        () -> tx.execute(s -> {
                            if (!change.getAsBoolean()) {
                                return false;
                            }
                            repository.appendEvent(tenantId, executionId, type, json, clock.instant());
                            return true;
                        })));
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    void append(String tenantId, String executionId, String type) {
        append(tenantId, executionId, type, Map.of("type", type));
    }
}
