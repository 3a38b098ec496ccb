package dev.consultor.engine.deliberation;

import dev.consultor.engine.report.AgentReport;
import dev.consultor.engine.report.Cost;
import dev.consultor.engine.report.Direction;
import dev.consultor.engine.report.Horizon;
import dev.consultor.engine.report.Hypothesis;
import dev.consultor.engine.report.Kpi;
import dev.consultor.engine.report.Level;
import dev.consultor.engine.report.Recommendation;
import dev.consultor.engine.report.Risk;
import dev.consultor.engine.report.Stance;
import java.util.ArrayList;
import java.util.List;

/** Hand-written reports for deliberation tests. */
public final class Fixtures {
    private Fixtures() {}

    public static Rec rec(String title, Stance... stances) {
        return new Rec(title, List.of(stances));
    }

    public static Kpi kpi(String name, double target, Direction direction) {
        return new Kpi(name, "", null, target, 90, direction);
    }

    public static Kpi kpi(String name, String unit, Double baseline, double target, int days, Direction direction) {
        return new Kpi(name, unit, baseline, target, days, direction);
    }

    public static Report report(String advisor) {
        return new Report(advisor);
    }

    /** A report builder; {@link #build()} numbers the recommendations "advisor-1", ... */
    public static final class Report {
        private final String advisor;
        private String summary;
        private final List<Recommendation> recommendations = new ArrayList<>();
        private final List<Kpi> kpis = new ArrayList<>();
        private final List<Risk> risks = new ArrayList<>();
        private final List<Hypothesis> hypotheses = new ArrayList<>();
        private Double ceiling;

        Report(String advisor) {
            this.advisor = advisor;
            this.summary = "Report of " + advisor;
        }

        public Report summary(String text) {
            summary = text;
            return this;
        }

        public Report recommend(Rec... recs) {
            for (Rec r : recs) recommendations.add(r.build());
            return this;
        }

        public Report kpi(Kpi... values) {
            kpis.addAll(List.of(values));
            return this;
        }

        public Report risk(String description, int probability, int impact) {
            risks.add(new Risk(description, probability, impact, "mitigate " + description, "CEO"));
            return this;
        }

        public Report hypothesis(String statement, double confidence) {
            hypotheses.add(new Hypothesis(statement, confidence, List.of("evidence for " + statement)));
            return this;
        }

        public Report ceiling(double value) {
            ceiling = value;
            return this;
        }

        public AgentReport build() {
            return new AgentReport(advisor, summary, hypotheses, recommendations, risks, kpis, List.of(), ceiling)
                    .attributedTo(advisor);
        }
    }

    /** A recommendation builder with neutral defaults: short term, medium cost and impact. */
    public static final class Rec {
        private final String title;
        private final List<Stance> stances;
        private Horizon horizon = Horizon.SHORT_TERM;
        private Level cost = Level.MEDIUM;
        private Double amount;
        private Level impact = Level.MEDIUM;
        private String kpi = "";
        private double confidence = 0.7;
        private String owner = "CEO";

        Rec(String title, List<Stance> stances) {
            this.title = title;
            this.stances = stances;
        }

        public Rec horizon(Horizon value) {
            horizon = value;
            return this;
        }

        public Rec cost(Level level, Double value) {
            cost = level;
            amount = value;
            return this;
        }

        public Rec impact(Level value) {
            impact = value;
            return this;
        }

        public Rec kpi(String value) {
            kpi = value;
            return this;
        }

        public Rec confidence(double value) {
            confidence = value;
            return this;
        }

        public Rec owner(String value) {
            owner = value;
            return this;
        }

        public Recommendation build() {
            return new Recommendation(
                    "",
                    title,
                    "because " + title,
                    stances,
                    horizon,
                    new Cost(cost, amount),
                    impact,
                    owner,
                    confidence,
                    List.of("evidence: " + title),
                    kpi);
        }
    }
}
