package dev.consultor.engine.deliberation.conflict;

import static dev.consultor.engine.deliberation.Fixtures.kpi;
import static dev.consultor.engine.deliberation.Fixtures.rec;
import static dev.consultor.engine.deliberation.Fixtures.report;
import static dev.consultor.engine.report.Stance.AGGRESSIVE;
import static dev.consultor.engine.report.Stance.CONSERVATIVE;
import static dev.consultor.engine.report.Stance.CUT;
import static dev.consultor.engine.report.Stance.EFFICIENCY;
import static dev.consultor.engine.report.Stance.GROWTH;
import static dev.consultor.engine.report.Stance.INVEST;
import static dev.consultor.engine.report.Stance.LOWER_PRICE;
import static dev.consultor.engine.report.Stance.MOVE_FAST;
import static dev.consultor.engine.report.Stance.PHASE_IN;
import static dev.consultor.engine.report.Stance.RAISE_PRICE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Fixtures;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConflictDetectorTest {

    /** One hand-written pair of reports and whether (and how) they conflict. */
    record Case(String name, Language language, AgentReport a, AgentReport b, ConflictKind expected) {}

    static final List<Case> CASES = List.of(
            yes(
                    "invest vs cut",
                    Language.EN,
                    report("commercial").recommend(rec("Hire two account executives", INVEST)),
                    report("financial").recommend(rec("Freeze discretionary spend", CUT)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "investir vs cortar",
                    Language.PT_BR,
                    report("commercial").recommend(rec("Contratar dois executivos de contas", INVEST)),
                    report("financial").recommend(rec("Congelar despesas discricionárias", CUT)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "raise vs lower price",
                    Language.EN,
                    report("financial").recommend(rec("Raise list prices 8%", RAISE_PRICE)),
                    report("market").recommend(rec("Match the competitor's discount", LOWER_PRICE)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "aumentar vs reduzir preço",
                    Language.PT_BR,
                    report("financial").recommend(rec("Reajustar a tabela em 8%", RAISE_PRICE)),
                    report("commercial").recommend(rec("Desconto de 15% para reter contas", LOWER_PRICE)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "move fast vs phase in",
                    Language.EN,
                    report("market").recommend(rec("Launch in Portugal this quarter", MOVE_FAST)),
                    report("financial").recommend(rec("Pilot with five customers first", PHASE_IN)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "acelerar vs implantar em fases",
                    Language.PT_BR,
                    report("commercial").recommend(rec("Abrir três novas praças já", MOVE_FAST)),
                    report("analyst").recommend(rec("Validar uma praça por vez", PHASE_IN)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "growth vs efficiency",
                    Language.EN,
                    report("commercial").recommend(rec("Double outbound volume", GROWTH)),
                    report("financial").recommend(rec("Cut CAC by focusing on best segment", EFFICIENCY)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "crescimento vs eficiência",
                    Language.PT_BR,
                    report("market").recommend(rec("Entrar no segmento de PMEs", GROWTH)),
                    report("financial").recommend(rec("Enxugar o time de suporte", EFFICIENCY)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "aggressive vs conservative",
                    Language.EN,
                    report("commercial").recommend(rec("Bet on an aggressive campaign", AGGRESSIVE)),
                    report("reviewer").recommend(rec("Keep six months of runway", CONSERVATIVE)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "agressivo vs conservador",
                    Language.PT_BR,
                    report("market").recommend(rec("Atacar a base do concorrente", AGGRESSIVE)),
                    report("financial").recommend(rec("Preservar caixa de seis meses", CONSERVATIVE)),
                    ConflictKind.OPPOSITE_STANCES),
            no(
                    "both invest",
                    Language.EN,
                    report("commercial").recommend(rec("Hire SDRs", INVEST)),
                    report("market").recommend(rec("Fund a partner program", INVEST))),
            no(
                    "ambos cortam",
                    Language.PT_BR,
                    report("financial").recommend(rec("Cortar viagens", CUT)),
                    report("analyst").recommend(rec("Cortar ferramentas ociosas", CUT))),
            no(
                    "different dimensions",
                    Language.EN,
                    report("commercial").recommend(rec("Invest in onboarding", INVEST)),
                    report("market").recommend(rec("Lower the entry plan price", LOWER_PRICE))),
            no(
                    "dimensões diferentes",
                    Language.PT_BR,
                    report("commercial").recommend(rec("Crescer em novos canais", GROWTH)),
                    report("financial").recommend(rec("Implantar em fases", PHASE_IN))),
            no(
                    "no stances",
                    Language.EN,
                    report("analyst").recommend(rec("Interview ten lost customers")),
                    report("market").recommend(rec("Map competitor pricing"))),
            yes(
                    "spend above ceiling",
                    Language.EN,
                    report("commercial").recommend(rec("Paid campaign", INVEST).cost(Level.HIGH, 500_000.0)),
                    report("financial").ceiling(200_000).recommend(rec("Protect cash", CONSERVATIVE)),
                    ConflictKind.BUDGET_EXCEEDED),
            yes(
                    "gasto acima do teto",
                    Language.PT_BR,
                    report("market").recommend(rec("Feira setorial", GROWTH).cost(Level.HIGH, 300_000.0)),
                    report("financial").ceiling(100_000),
                    ConflictKind.BUDGET_EXCEEDED),
            no(
                    "spend within ceiling",
                    Language.EN,
                    report("commercial").recommend(rec("Sales training").cost(Level.LOW, 150_000.0)),
                    report("financial").ceiling(200_000)),
            yes(
                    "orçamentos que não fecham",
                    Language.PT_BR,
                    report("commercial")
                            .recommend(
                                    rec("Treinamento").cost(Level.MEDIUM, 120_000.0),
                                    rec("CRM novo").cost(Level.MEDIUM, 90_000.0)),
                    report("financial").ceiling(200_000),
                    ConflictKind.BUDGET_EXCEEDED),
            no(
                    "spend equal to ceiling",
                    Language.EN,
                    report("commercial").recommend(rec("Events").cost(Level.MEDIUM, 200_000.0)),
                    report("financial").ceiling(200_000)),
            no(
                    "ceiling without amounts",
                    Language.EN,
                    report("commercial").recommend(rec("Hire a VP of sales").cost(Level.HIGH, null)),
                    report("financial").ceiling(50_000)),
            yes(
                    "KPI opposite directions",
                    Language.EN,
                    report("commercial").kpi(kpi("Discount rate", 10, Direction.INCREASE)),
                    report("financial").kpi(kpi("discount rate", 10, Direction.DECREASE)),
                    ConflictKind.KPI_TARGETS),
            yes(
                    "KPI metas distantes",
                    Language.PT_BR,
                    report("commercial").kpi(kpi("Receita mensal", 100, Direction.INCREASE)),
                    report("financial").kpi(kpi("receita  mensal", 200, Direction.INCREASE)),
                    ConflictKind.KPI_TARGETS),
            no(
                    "KPI close targets",
                    Language.EN,
                    report("commercial").kpi(kpi("Churn", 5, Direction.DECREASE)),
                    report("market").kpi(kpi("churn", 5.5, Direction.DECREASE))),
            no(
                    "KPIs diferentes",
                    Language.PT_BR,
                    report("commercial").kpi(kpi("Conversão", 20, Direction.INCREASE)),
                    report("financial").kpi(kpi("Margem bruta", 40, Direction.INCREASE))),
            yes(
                    "same action, now vs years",
                    Language.EN,
                    report("commercial")
                            .recommend(rec("Launch a referral program").horizon(Horizon.IMMEDIATE)),
                    report("market").recommend(rec("launch a referral program!").horizon(Horizon.LONG_TERM)),
                    ConflictKind.HORIZON_MISMATCH),
            yes(
                    "mesma ação, curto vs longo prazo",
                    Language.PT_BR,
                    report("commercial")
                            .recommend(rec("Lançar programa de indicação").horizon(Horizon.SHORT_TERM)),
                    report("market")
                            .recommend(rec("Lançar programa de indicação").horizon(Horizon.LONG_TERM)),
                    ConflictKind.HORIZON_MISMATCH),
            no(
                    "same action, adjacent horizons",
                    Language.EN,
                    report("commercial")
                            .recommend(rec("Launch a referral program").horizon(Horizon.IMMEDIATE)),
                    report("market").recommend(rec("Launch a referral program").horizon(Horizon.SHORT_TERM))),
            yes(
                    "mesmo KPI e postura, imediato vs médio prazo",
                    Language.PT_BR,
                    report("commercial")
                            .recommend(rec("Campanha de reativação", GROWTH)
                                    .kpi("Clientes ativos")
                                    .horizon(Horizon.IMMEDIATE)),
                    report("market")
                            .recommend(rec("Programa de reconquista", GROWTH)
                                    .kpi("clientes ativos")
                                    .horizon(Horizon.MEDIUM_TERM)),
                    ConflictKind.HORIZON_MISMATCH),
            no(
                    "different actions, different horizons",
                    Language.EN,
                    report("commercial").recommend(rec("Retrain the sales team").horizon(Horizon.IMMEDIATE)),
                    report("market").recommend(rec("Enter Mexico").horizon(Horizon.LONG_TERM))),
            no(
                    "contradiction inside one report only",
                    Language.EN,
                    report("commercial").recommend(rec("Invest in sales", INVEST), rec("Cut marketing", CUT)),
                    report("analyst").recommend(rec("Measure the funnel weekly"))),
            no(
                    "manter vs aumentar, metas próximas",
                    Language.PT_BR,
                    report("commercial").kpi(kpi("NPS", 50, Direction.MAINTAIN)),
                    report("market").kpi(kpi("NPS", 55, Direction.INCREASE))),
            yes(
                    "invest and move fast vs cut and phase in",
                    Language.EN,
                    report("commercial").recommend(rec("Hire and launch now", INVEST, MOVE_FAST)),
                    report("financial").recommend(rec("Hold hiring, pilot first", CUT, PHASE_IN)),
                    ConflictKind.OPPOSITE_STANCES),
            yes(
                    "postura oposta mesmo dentro do teto",
                    Language.PT_BR,
                    report("commercial")
                            .recommend(rec("Investir em SDRs", INVEST).cost(Level.LOW, 50_000.0)),
                    report("financial").ceiling(200_000).recommend(rec("Cortar custos fixos", CUT)),
                    ConflictKind.OPPOSITE_STANCES));

    static Case yes(String name, Language language, Fixtures.Report a, Fixtures.Report b, ConflictKind kind) {
        return new Case(name, language, a.build(), b.build(), kind);
    }

    static Case no(String name, Language language, Fixtures.Report a, Fixtures.Report b) {
        return new Case(name, language, a.build(), b.build(), null);
    }

    @Test
    void detectsConflictsWithHighPrecisionAndRecallOnHandWrittenPairs() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CASES.stream().map(Case::language).distinct())
                .containsExactlyInAnyOrder(Language.EN, Language.PT_BR);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var misses = new java.util.ArrayList<String>();
        for (Case c : CASES) {
            var found = new ConflictDetector(c.language(), "BRL").detect(c.a(), c.b());
            boolean hit = c.expected() != null && found.stream().anyMatch(f -> f.kind() == c.expected());
            if (hit) truePositives++;
            else if (c.expected() != null) {
                falseNegatives++;
                misses.add("missed: " + c.name());
            }
            if (c.expected() == null && !found.isEmpty()) {
                falsePositives++;
                misses.add("false alarm: " + c.name() + " " + found);
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        assertThat(precision).as("precision; %s", misses).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall; %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void gradesSeverityFromTheStakes() {
        var detector = new ConflictDetector(Language.EN, "USD");
        var bigBet = detector.detect(
                report("commercial")
                        .recommend(
                                rec("Big push", INVEST).cost(Level.HIGH, null).impact(Level.HIGH))
                        .build(),
                report("financial")
                        .recommend(rec("Cut", CUT).cost(Level.LOW, null).impact(Level.LOW))
                        .build());
        var smallOne = detector.detect(
                report("commercial")
                        .recommend(
                                rec("Small test", INVEST).cost(Level.LOW, null).impact(Level.LOW))
                        .build(),
                report("financial")
                        .recommend(rec("Small cut", CUT).cost(Level.LOW, null).impact(Level.LOW))
                        .build());
        var overspend = detector.detect(
                report("commercial")
                        .recommend(rec("Campaign").cost(Level.HIGH, 900_000.0))
                        .build(),
                report("financial").ceiling(300_000).build());
        assertThat(bigBet).singleElement().extracting(Conflict::severity).isEqualTo(Severity.CRITICAL);
        assertThat(smallOne).singleElement().extracting(Conflict::severity).isEqualTo(Severity.LOW);
        assertThat(overspend).singleElement().satisfies(c -> {
            assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(c.type()).isEqualTo(ConflictType.FINANCIAL);
            assertThat(c.topic()).contains("900,000").contains("300,000");
        });
    }

    @Test
    void recordsEachAdvisorsPositionWithReasoningConfidenceAndEvidence() {
        var conflicts = new ConflictDetector(Language.PT_BR, "BRL")
                .detect(List.of(
                        report("commercial")
                                .recommend(rec("Investir em vendas", INVEST).confidence(0.8))
                                .build(),
                        report("market")
                                .recommend(rec("Investir em marca", INVEST))
                                .build(),
                        report("financial")
                                .recommend(rec("Cortar custos", CUT).confidence(0.9))
                                .build()));
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("C1");
            assertThat(c.topic()).isEqualTo("Investimento: investir ou cortar");
            assertThat(c.advisors()).containsExactlyInAnyOrder("commercial", "market", "financial");
            assertThat(c.positions()).allSatisfy(p -> {
                assertThat(p.reasoning()).isNotBlank();
                assertThat(p.evidence()).isNotEmpty();
            });
            assertThat(c.positions())
                    .filteredOn(p -> p.advisor().equals("financial"))
                    .singleElement()
                    .satisfies(p -> {
                        assertThat(p.side()).isEqualTo(-1);
                        assertThat(p.confidence()).isEqualTo(0.9);
                        assertThat(p.recommendationId()).isEqualTo("financial-1");
                    });
        });
    }
}
