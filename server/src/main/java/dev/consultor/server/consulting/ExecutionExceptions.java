package dev.consultor.server.consulting;

import dev.consultor.server.shared.ConflictWithCurrentState;
import dev.consultor.server.shared.InvalidInput;
import dev.consultor.server.shared.ResourceNotFound;
import java.util.List;

/** The facts the executions API refuses requests for. */
final class ExecutionExceptions {
    private ExecutionExceptions() {}

    /** Also what another tenant's execution looks like. */
    static final class ExecutionNotFound extends ResourceNotFound {
        ExecutionNotFound() {
            super("Execution not found");
        }
    }

    static final class ExecutionAlreadyFinished extends ConflictWithCurrentState {
        ExecutionAlreadyFinished(ExecutionStatus status) {
            super("The execution has already finished (" + status.value() + ")");
        }
    }

    static final class ExecutionNotFinished extends ConflictWithCurrentState {
        ExecutionNotFinished(ExecutionStatus status) {
            super("The execution has not finished yet (" + status.value() + ")");
        }
    }

    static final class ExecutionHasNoConsultation extends ConflictWithCurrentState {
        ExecutionHasNoConsultation(ExecutionStatus status) {
            super("The execution ended without a consultation to ask about (" + status.value() + ")");
        }
    }

    static final class InvalidExecutionRequest extends InvalidInput {
        InvalidExecutionRequest(List<FieldError> errors) {
            super(errors);
        }
    }
}
