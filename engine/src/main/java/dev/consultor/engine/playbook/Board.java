package dev.consultor.engine.playbook;

import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Recommendation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one advisor knows of the others: the dependency reports it was handed and the ones that are unavailable,
 * always visited in board order so that the intent's unordered maps never change the output.
 */
record Board(Map<String, AgentReport> reports, Map<String, String> unavailable) {
    static final List<String> SEATS = List.of("analyst", "commercial", "market", "financial", "reviewer");

    static final Comparator<String> BOARD_ORDER = Comparator.<String>comparingInt(
                    id -> SEATS.indexOf(id) < 0 ? SEATS.size() : SEATS.indexOf(id))
            .thenComparing(Comparator.naturalOrder());

    Board {
        var sortedReports = new TreeMap<String, AgentReport>(BOARD_ORDER);
        sortedReports.putAll(reports);
        var sortedUnavailable = new TreeMap<String, String>(BOARD_ORDER);
        sortedUnavailable.putAll(unavailable);
        reports = java.util.Collections.unmodifiableMap(sortedReports);
        unavailable = java.util.Collections.unmodifiableMap(sortedUnavailable);
    }

    static Board of(AdvisorIntent intent) {
        return new Board(intent.dependencies(), intent.unavailable());
    }

    Optional<AgentReport> report(String advisor) {
        return Optional.ofNullable(reports.get(advisor));
    }

    /** The sum of the amounts the commercial strategist asks for, or 0 when its report is missing. */
    double commercialSpend() {
        return report("commercial").stream()
                .flatMap(r -> r.recommendations().stream())
                .map(r -> r.cost().amount())
                .filter(a -> a != null)
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    /** The values templates use to refer to the other advisors' positions. */
    Map<String, String> vars(Reading reading) {
        var vars = new TreeMap<String, String>();
        report("analyst").flatMap(r -> r.hypotheses().stream().findFirst()).ifPresent(h -> {
            vars.put("analyst_top", withoutFinalStop(h.statement()));
            vars.put("analyst_confidence", Numbers.percent(Math.round(h.confidence() * 100), reading.language()));
        });
        top("commercial").ifPresent(r -> {
            vars.put("commercial_top", r.title());
            vars.put("commercial_top_id", r.id().isEmpty() ? "commercial" : r.id());
        });
        double spend = commercialSpend();
        if (spend > 0) vars.put("commercial_total", reading.money(spend));
        top("market").ifPresent(r -> {
            vars.put("market_top", r.title());
            vars.put("market_top_id", r.id().isEmpty() ? "market" : r.id());
        });
        top("financial").ifPresent(r -> {
            vars.put("financial_top", r.title());
            vars.put("financial_top_id", r.id().isEmpty() ? "financial" : r.id());
        });
        report("financial").map(AgentReport::budgetCeiling).ifPresent(c -> vars.put("ceiling", reading.money(c)));
        return vars;
    }

    private Optional<Recommendation> top(String advisor) {
        return report(advisor).flatMap(r -> r.recommendations().stream().findFirst());
    }

    /** Quoted inside a sentence, a statement loses its own full stop. */
    static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The advisors whose reports are unavailable, in board order. */
    List<String> missing() {
        return new ArrayList<>(unavailable.keySet());
    }
}
