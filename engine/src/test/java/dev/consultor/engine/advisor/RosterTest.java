package dev.consultor.engine.advisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.brief.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterTest {
    private static AdvisorSpec advisor(String id, String... dependsOn) {
        return new AdvisorSpec(
                id,
                Map.of("pt-BR", id, "en", id),
                Map.of("pt-BR", "p", "en", "p"),
                Map.of(),
                BoardRole.MEMBER,
                List.of(dependsOn),
                "agent-report",
                "analyst",
                null);
    }

    @Test
    void defaultRosterIsTheSeedsFiveAdvisorsInDependencyOrder() {
        Roster roster = Roster.defaults();

        assertThat(roster.inDependencyOrder())
                .extracting(AdvisorSpec::id)
                .containsExactly("analyst", "commercial", "market", "financial", "reviewer");
        assertThat(roster.get("financial").dependsOn()).containsExactly("analyst", "commercial");
        assertThat(roster.get("reviewer").dependsOn())
                .containsExactlyInAnyOrder("analyst", "commercial", "market", "financial");
        assertThat(roster.get("reviewer").boardRole()).isEqualTo(BoardRole.CHAIR);
        assertThat(roster.get("market").name(Language.PT_BR)).isEqualTo("Especialista de Mercado");
    }

    @Test
    void rejectsMissingDependencyNamingBoth() {
        assertThatThrownBy(() -> new Roster(List.of(advisor("analyst"), advisor("legal", "compliance"))))
                .isInstanceOf(InvalidRoster.class)
                .hasMessage("advisor 'legal' depends on 'compliance', which is not in the roster");
    }

    @Test
    void rejectsCycleNamingItsMembers() {
        assertThatThrownBy(() -> new Roster(List.of(advisor("a", "c"), advisor("b", "a"), advisor("c", "b"))))
                .isInstanceOf(InvalidRoster.class)
                .hasMessageContaining("cycle")
                .hasMessageContaining("a -> c -> b -> a");
    }

    @Test
    void rejectsDuplicatesAndSelfDependency() {
        assertThatThrownBy(() -> new Roster(List.of(advisor("a"), advisor("a"))))
                .hasMessageContaining("'a' appears twice");
        assertThatThrownBy(() -> new Roster(List.of(advisor("a", "a")))).hasMessageContaining("depends on itself");
    }

    @Test
    void layerBarrierBaselineMakesEachAdvisorWaitForWholeEarlierLayers() {
        Roster layered = Roster.defaults().withLayerBarriers();

        assertThat(layered.get("financial").dependsOn()).containsExactlyInAnyOrder("analyst", "commercial", "market");
        assertThat(layered.get("commercial").dependsOn()).containsExactly("analyst");
        assertThat(layered.criticalPath()).hasSize(4);
    }

    @Test
    void tenantCanAddAnAdvisorWithoutCode() {
        var specs = new java.util.ArrayList<>(Roster.defaults().inDependencyOrder());
        specs.add(advisor("operations", "analyst"));

        Roster roster = new Roster(specs);

        assertThat(roster.size()).isEqualTo(6);
        assertThat(roster.inDependencyOrder().indexOf(roster.get("operations"))).isGreaterThan(0);
    }

    @Test
    void promptsExistInBothLanguagesForEveryAdvisor() {
        var builder = new PromptBuilder(Roster.defaults());
        for (AdvisorSpec spec : Roster.defaults().inDependencyOrder()) {
            var pt = builder.system(
                    spec,
                    dev.consultor.engine.brief.Brief.of(
                            "Nossas vendas caíram 20% em 3 meses.",
                            dev.consultor.engine.brief.BusinessType.B2B,
                            dev.consultor.engine.brief.Depth.DEEP,
                            java.time.LocalDate.of(2026, 1, 1)));
            assertThat(pt)
                    .contains(spec.persona(Language.PT_BR))
                    .contains("5 recomendações")
                    .contains(spec.writes(Section.HYPOTHESES) ? "5 hipóteses" : "recomendações")
                    .doesNotContain("{{");
            if (!spec.writes(Section.HYPOTHESES)) assertThat(pt).doesNotContain("hipóteses,");
        }
    }
}
