package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutionInputsTest {
    private record Sent(String originalName, long size, byte[] bytes) implements ExecutionInputs.Upload {
        static Sent of(String name, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Sent(name, bytes.length, bytes);
        }
    }

    @Test
    void eachBadFileIsNamedAndTheGoodOnesAreProfiled() {
        List<FieldError> errors = new ArrayList<>();
        String wide = String.join(
                        ",",
                        java.util.stream.IntStream.range(0, 201)
                                .mapToObj(i -> "c" + i)
                                .toList())
                + "\n"
                + String.join(",", java.util.Collections.nCopies(201, "1")) + "\n";

        List<DataSet> profiles = ExecutionInputs.profile(
                List.of(
                        Sent.of("../../etc/sales.csv", "mes,total\n2025-01,10\n2025-02,12\n"),
                        Sent.of("sales.csv", "mes,total\n2025-01,10\n"),
                        new Sent("huge.csv", ExecutionInputs.MAX_FILE_BYTES + 1, new byte[0]),
                        Sent.of("wide.csv", wide)),
                errors);

        assertThat(profiles).extracting(DataSet::name).containsExactly("sales.csv");
        assertThat(errors).extracting(FieldError::field).containsOnly("files");
        assertThat(errors)
                .extracting(FieldError::message)
                .containsExactly(
                        "sales.csv: two files have this name; rename one of them",
                        "huge.csv: larger than 1 MB; at most 5 CSV files of at most 1 MB each can be attached",
                        "wide.csv: 201 columns; at most 200");
    }

    @Test
    void aNameIsItsLastSegmentWithoutControlCharactersOrAStandIn() {
        assertThat(ExecutionInputs.fileName("C:\\Users\\ana\\vendas.csv", 0)).isEqualTo("vendas.csv");
        assertThat(ExecutionInputs.fileName("ven\u0000das\n.csv", 0)).isEqualTo("vendas.csv");
        assertThat(ExecutionInputs.fileName("  ", 2)).isEqualTo("file-3.csv");
        assertThat(ExecutionInputs.fileName(null, 0)).isEqualTo("file-1.csv");
        assertThat(ExecutionInputs.fileName("x".repeat(300), 0)).hasSize(ExecutionInputs.MAX_FILE_NAME_CHARS);
    }

    @Test
    void anEarlierExecutionIsSummarisedWithItsThemesAndFirstDecision() {
        String problem = "Nossas vendas caíram 20% em 3 meses. " + "Detalhes do contexto. ".repeat(40);
        String result = """
                {"deliberation": {"decisions": [{"id": "D1", "title": "Investir em demanda"},
                                                {"id": "D2", "title": "Rever preços"}]}}""";
        ExecutionRepository.Finished past = new ExecutionRepository.Finished(
                "e-1", Instant.parse("2026-03-02T23:59:00Z"), BusinessType.B2B, problem, null, result);

        PastConsultation summary = ExecutionInputs.summary(past);

        assertThat(summary.id()).isEqualTo("e-1");
        assertThat(summary.date()).hasToString("2026-03-02");
        assertThat(summary.themes()).contains("falling-sales");
        assertThat(summary.decision()).isEqualTo("Investir em demanda");
        assertThat(summary.problem()).startsWith("Nossas vendas caíram").endsWith("…");
        assertThat(summary.problem().length()).isLessThanOrEqualTo(ExecutionInputs.PAST_PROBLEM_CHARS + 1);
        assertThat(ExecutionInputs.pastOf(ExecutionInputs.write(summary))).isEqualTo(summary);
        assertThat(ExecutionInputs.summary(new ExecutionRepository.Finished(
                                "e-2", Instant.parse("2026-03-02T10:00:00Z"), BusinessType.B2B, problem, null, "{}"))
                        .decision())
                .isEmpty();
        // Finished since the decision has its own column: the result is not needed, nor read.
        assertThat(ExecutionInputs.summary(new ExecutionRepository.Finished(
                                "e-3",
                                Instant.parse("2026-03-03T10:00:00Z"),
                                BusinessType.B2B,
                                problem,
                                "Cortar custos",
                                null))
                        .decision())
                .isEqualTo("Cortar custos");
    }
}
