package dev.consultor.server.consulting;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.brief.PastConsultation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/** One analysis as stored; {@code result} is the consultation's JSON once it has finished. */
record Execution(
        String id,
        String tenantId,
        String userId,
        String problemDescription,
        BusinessType businessType,
        Depth depth,
        Language language,
        ExecutionStatus status,
        StoredJson result,
        List<String> errors,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {
    Execution {
        Objects.requireNonNull(id);
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(status);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * The brief is rebuilt the same way on every run, so a resumed run asks the same question: the
     * attached data and the earlier consultations are those stored when the execution was submitted.
     */
    Brief brief(List<DataSet> data, List<PastConsultation> history) {
        return new Brief(
                problemDescription,
                businessType,
                depth,
                language,
                data,
                history,
                createdAt.atZone(ZoneOffset.UTC).toLocalDate(),
                null);
    }
}
