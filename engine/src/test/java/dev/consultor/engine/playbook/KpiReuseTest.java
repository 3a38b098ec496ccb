package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Kpi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An advisor names the KPIs a colleague defined as it would, and defines again only one it sets differently. */
class KpiReuseTest {
    private static final Kpi CHURN = new Kpi("Churn mensal", "%", 8.0, 6.0, 90, Direction.DECREASE);
    private static final AgentReport ANALYST =
            new AgentReport("analyst", "Resumo.", List.of(), List.of(), List.of(), List.of(CHURN), List.of(), null);

    @Test
    void aKpiAColleagueDefinedAlikeIsNotDefinedAgainWhateverItsCaseAndAccents() {
        var same = new Kpi("CHURN  MENSAL", "%", 8.0, 6.0, 90, Direction.DECREASE);
        var nps = new Kpi("NPS", "pontos", 30.0, 45.0, 180, Direction.INCREASE);

        assertThat(Items.undefined(List.of(same, nps), List.of(ANALYST), 3)).containsExactly(nps);
    }

    @Test
    void anotherTargetOrDeadlineIsAPositionOfItsOwnAndStays() {
        var bolder = new Kpi("Churn mensal", "%", 8.0, 5.0, 90, Direction.DECREASE);
        var later = new Kpi("Churn mensal", "%", 8.0, 6.0, 180, Direction.DECREASE);

        assertThat(Items.undefined(List.of(bolder, later), List.of(ANALYST), 3)).containsExactly(bolder, later);
    }

    @Test
    void noMoreThanAskedFor() {
        var kpis = List.of(
                new Kpi("A", "%", 1.0, 2.0, 30, Direction.INCREASE),
                new Kpi("B", "%", 1.0, 2.0, 30, Direction.INCREASE),
                new Kpi("C", "%", 1.0, 2.0, 30, Direction.INCREASE));

        assertThat(Items.undefined(kpis, List.of(), 2)).extracting(Kpi::name).containsExactly("A", "B");
    }
}
