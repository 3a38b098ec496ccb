package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.report.AgentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every generated word follows the brief's language. */
class PlaybookLanguageTest {
    private static final Pattern ENGLISH_MARKERS = Pattern.compile("\\b(the|and|with|should|which|of the)\\b");
    private static final Pattern PORTUGUESE_MARKERS = Pattern.compile("\\b(não|que|para|dos|das|com|uma)\\b|ção|ções");

    @Test
    void aPortugueseBriefGetsPortugueseReports() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.DEEP));
        String text = prose(c);

        assertThat(c.brief().language()).isEqualTo(Language.PT_BR);
        assertThat(text).contains("vendas", "clientes", "recuperar", "concorrentes", "não", "ção");
        assertThat(ENGLISH_MARKERS.matcher(text).results().map(r -> r.group()).toList())
                .isEmpty();
    }

    @Test
    void anEnglishBriefGetsEnglishReports() {
        Consultation c = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, Depth.DEEP));
        String text = prose(c);

        assertThat(c.brief().language()).isEqualTo(Language.EN);
        assertThat(text).contains("sales", "customers", "competitors", "the ");
        assertThat(PORTUGUESE_MARKERS
                        .matcher(text)
                        .results()
                        .map(r -> r.group())
                        .toList())
                .isEmpty();
    }

    @Test
    void theSameProblemInEachLanguageSaysTheSameThing() {
        Consultation pt = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD));
        Consultation en = Fixtures.run(Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, Depth.STANDARD));

        for (String advisor : Fixtures.advisors()) {
            AgentReport a = Fixtures.report(pt, advisor);
            AgentReport b = Fixtures.report(en, advisor);
            assertThat(a.recommendations())
                    .extracting(r -> r.stances())
                    .isEqualTo(
                            b.recommendations().stream().map(r -> r.stances()).toList());
            assertThat(a.summary()).isNotEqualTo(b.summary());
        }
    }

    /** The words the playbook wrote, leaving out the problem it quotes back. */
    private static String prose(Consultation c) {
        var parts = new ArrayList<String>();
        for (AgentReport r : c.reports()) {
            parts.add(r.summary());
            r.hypotheses().forEach(h -> {
                parts.add(h.statement());
                parts.addAll(h.evidence());
            });
            r.recommendations().forEach(x -> parts.addAll(List.of(x.title(), x.rationale(), x.kpi())));
            r.risks().forEach(x -> parts.addAll(List.of(x.description(), x.mitigation())));
            r.kpis().forEach(k -> parts.addAll(List.of(k.name(), k.unit())));
            parts.addAll(r.assumptions());
        }
        String quote = Vars.quote(c.brief().problem());
        return String.join("\n", parts).replace(quote, "").replace(Json.write(""), "");
    }
}
