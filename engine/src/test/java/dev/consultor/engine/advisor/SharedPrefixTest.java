package dev.consultor.engine.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.playbook.PlaybookModel;
import dev.consultor.engine.report.AgentReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the advisors of one consultation share — the brief and the rules of the answer, then the colleagues' reports
 * that several of them read first — leads every request as cacheable blocks, identical for all who share them; each
 * advisor's own instructions follow.
 */
class SharedPrefixTest {
    private static final Roster ROSTER = Roster.defaults();

    private static ModelRequest request(String advisor, Brief brief) {
        return new PromptBuilder(ROSTER)
                .advisorRequest(ROSTER.get(advisor), new AdvisorIntent(brief, advisor, Map.of(), Map.of()), 4096);
    }

    private static List<String> shared(ModelRequest request) {
        return request.context().stream()
                .filter(ContextBlock::cacheable)
                .map(ContextBlock::text)
                .toList();
    }

    @Test
    void theBoardWideRulesAreSharedAndCacheableAndTheAdvisorsOwnInstructionsAreNot() {
        var brief = Brief.of(
                "Nossas vendas caíram 20% em 3 meses.", BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 1, 1));
        var prefixes = ROSTER.inDependencyOrder().stream()
                .map(spec -> shared(request(spec.id(), brief)))
                .distinct()
                .toList();

        assertThat(prefixes).hasSize(1);
        assertThat(String.join("\n", prefixes.get(0)))
                .contains("Nossas vendas caíram 20%")
                .contains("Seja telegráfico", "Valores monetários em BRL", "a partir de hoje (2026-01-01)");
        ModelRequest commercial = request("commercial", brief);
        assertThat(commercial.system())
                .contains(ROSTER.get("commercial").persona(Language.PT_BR), "Sua parte do relatório: Dê exatamente 3")
                .doesNotContain("Seja telegráfico");
    }

    @Test
    void theColleaguesReportsThatOthersAlsoReadFirstAreCacheableAndNamedWithTheirReaders() {
        var brief = Brief.of(
                "Nossas vendas caíram 20% em 3 meses.", BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 1, 1));
        Map<String, AgentReport> reports = playbookReports(brief);

        ModelRequest commercial = request("commercial", brief, reports);
        ModelRequest market = request("market", brief, reports);
        ModelRequest financial = request("financial", brief, reports);
        ModelRequest reviewer = request("reviewer", brief, reports);

        // Every advisor after the analyst starts from the analyst's report: the commercial and market specialists
        // send the very same cacheable blocks, and the financial analyst and the chair begin with them.
        assertThat(shared(market)).isEqualTo(shared(commercial));
        assertThat(block(commercial, "rules").readers())
                .containsExactlyInAnyOrder("analyst", "market", "financial", "reviewer");
        assertThat(block(commercial, "dependency:analyst").cacheable()).isTrue();
        assertThat(block(commercial, "dependency:analyst").readers())
                .containsExactlyInAnyOrder("market", "financial", "reviewer");
        assertThat(shared(financial)).startsWith(shared(commercial).toArray(String[]::new));
        // The financial analyst reads the analyst's then the commercial report, as the chair does first.
        assertThat(block(financial, "dependency:commercial").cacheable()).isTrue();
        assertThat(block(financial, "dependency:commercial").readers()).containsExactly("reviewer");
        assertThat(shared(reviewer)).isEqualTo(shared(financial));
        // No one else reads the market report right after those two: from there on the chair's reports are its own.
        assertThat(block(reviewer, "dependency:market").cacheable()).isFalse();
        assertThat(block(reviewer, "dependency:financial").cacheable()).isFalse();
    }

    @Test
    void aMissingReportEndsTheSharedPrefix() {
        var brief = Brief.of(
                "Nossas vendas caíram 20% em 3 meses.", BusinessType.B2B, Depth.STANDARD, LocalDate.of(2026, 1, 1));
        var reports = new java.util.HashMap<>(playbookReports(brief));
        reports.remove("analyst");

        ModelRequest financial = new PromptBuilder(ROSTER)
                .advisorRequest(
                        ROSTER.get("financial"),
                        new AdvisorIntent(brief, "financial", reports, Map.of("analyst", "timed out")),
                        4096);

        assertThat(block(financial, "unavailable:analyst").cacheable()).isFalse();
        assertThat(block(financial, "dependency:commercial").cacheable()).isFalse();
    }

    /** Every advisor's report on the brief, by the offline playbook. */
    private static Map<String, AgentReport> playbookReports(Brief brief) {
        Consultation consultation =
                new ConsultationEngine(ROSTER, new PlaybookModel(), EngineSettings.defaults()).run(brief, e -> {});
        return consultation.reports().stream().collect(Collectors.toMap(AgentReport::advisor, r -> r));
    }

    private static ModelRequest request(String advisor, Brief brief, Map<String, AgentReport> reports) {
        var dependencies = new java.util.HashMap<String, AgentReport>();
        ROSTER.get(advisor).dependsOn().forEach(d -> dependencies.put(d, reports.get(d)));
        return new PromptBuilder(ROSTER)
                .advisorRequest(ROSTER.get(advisor), new AdvisorIntent(brief, advisor, dependencies, Map.of()), 4096);
    }

    private static ContextBlock block(ModelRequest request, String label) {
        return request.context().stream()
                .filter(b -> b.label().equals(label))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRulesSpeakTheBriefsLanguage() {
        var brief = new Brief(
                "Our sales fell 20% in 3 months.",
                BusinessType.B2B, Depth.STANDARD, Language.EN, List.of(), List.of(), LocalDate.of(2026, 1, 1), "USD");

        assertThat(String.join("\n", shared(request("analyst", brief))))
                .contains("Write everything in English.", "Money in USD.")
                .doesNotContain("{{");
    }
}
