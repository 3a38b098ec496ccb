package dev.consultor.engine.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.ModelRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the advisors of one consultation share — the brief and the rules of the answer — leads every request as
 * cacheable blocks, identical for all of them; each advisor's own instructions follow.
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
    void theRulesSpeakTheBriefsLanguage() {
        var brief = new Brief(
                "Our sales fell 20% in 3 months.",
                BusinessType.B2B, Depth.STANDARD, Language.EN, List.of(), List.of(), LocalDate.of(2026, 1, 1), "USD");

        assertThat(String.join("\n", shared(request("analyst", brief))))
                .contains("Write everything in English.", "Money in USD.")
                .doesNotContain("{{");
    }
}
