package dev.consultor.engine.deliberation;

import static dev.consultor.engine.deliberation.Fixtures.kpi;
import static dev.consultor.engine.deliberation.Fixtures.rec;
import static dev.consultor.engine.deliberation.Fixtures.report;

import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.DebateIntent;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.model.PeerReviewIntent;
import dev.consultor.engine.model.VoteIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Stance;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A whole board's worth of hand-written reports and a fake model that answers every stage. */
public final class Board5 {
    private Board5() {}

    public static final Map<String, AgentReport> REPORTS = Map.of(
            "analyst",
            report("analyst")
                    .summary("Sales fell 20% in 3 months; conversion dropped first.")
                    .hypothesis("Conversion, not demand, explains most of the drop", 0.6)
                    .recommend(rec("Break the 20% drop down by funnel stage", Stance.PHASE_IN)
                            .cost(Level.LOW, 5_000.0)
                            .horizon(Horizon.IMMEDIATE)
                            .kpi("Conversion rate")
                            .confidence(0.85))
                    .kpi(kpi("Conversion rate", "%", 6.0, 8, 90, Direction.INCREASE))
                    .risk("Treating the symptom, not the cause", 3, 3)
                    .build(),
            "commercial",
            report("commercial")
                    .summary("Refill the pipeline now; the market is buying.")
                    .recommend(rec("Invest 300k in demand generation", Stance.INVEST, Stance.MOVE_FAST)
                            .cost(Level.HIGH, 300_000.0)
                            .impact(Level.HIGH)
                            .horizon(Horizon.IMMEDIATE)
                            .kpi("Qualified opportunities")
                            .owner("CRO")
                            .confidence(0.65))
                    .kpi(kpi("Qualified opportunities", "", 40.0, 60, 90, Direction.INCREASE))
                    .risk("Paying for leads that do not close", 3, 4)
                    .build(),
            "market",
            report("market")
                    .summary("Competitors win on positioning in the mid-market.")
                    .recommend(rec("Reposition in the segment we still win", Stance.GROWTH)
                            .cost(Level.MEDIUM, 20_000.0)
                            .impact(Level.HIGH)
                            .horizon(Horizon.SHORT_TERM)
                            .confidence(0.6))
                    .risk("Price war erodes margin", 3, 4)
                    .build(),
            "financial",
            report("financial")
                    .summary("Protect cash: the plan asks for more than we can commit.")
                    .ceiling(100_000)
                    .recommend(rec("Release the budget in two tranches", Stance.CUT, Stance.PHASE_IN)
                            .cost(Level.LOW, null)
                            .impact(Level.HIGH)
                            .horizon(Horizon.IMMEDIATE)
                            .owner("CFO")
                            .confidence(0.8))
                    .risk("The drop continues and squeezes cash", 3, 5)
                    .build(),
            "reviewer",
            report("reviewer")
                    .summary("Fix conversion first, fund demand in stages.")
                    .recommend(rec("Weekly revenue committee", Stance.PHASE_IN)
                            .cost(Level.LOW, null)
                            .impact(Level.MEDIUM)
                            .horizon(Horizon.IMMEDIATE)
                            .confidence(0.8))
                    .build());

    /** Answers every intent: the reports above, holds in debates, approvals in votes, rankings by label. */
    public static String answer(Intent intent) {
        return switch (intent) {
            case AdvisorIntent a -> Json.write(REPORTS.get(a.advisor()));
            case DebateIntent d ->
                "{\"move\":\"hold\",\"statement\":\"" + d.advisor() + " holds in round " + d.round()
                        + "\",\"confidence\":0.7}";
            case PeerReviewIntent p ->
                "{\"ranking\":"
                        + p.candidates().stream()
                                .map(c -> "\"" + c.label() + "\"")
                                .collect(Collectors.joining(",", "[", "]"))
                        + ",\"rationale\":\"by label\"}";
            case VoteIntent v ->
                v.proposals().stream()
                        .map(m -> "{\"proposal_id\":\"" + m.id() + "\",\"choice\":\"approve\",\"rationale\":\"fine\"}")
                        .collect(Collectors.joining(",", "{\"votes\":[", "]}"));
            default -> "{\"conflicts\":[],\"points\":[]}";
        };
    }

    public static List<AgentReport> reports() {
        return List.of("analyst", "commercial", "market", "financial", "reviewer").stream()
                .map(id -> REPORTS.get(id))
                .toList();
    }
}
