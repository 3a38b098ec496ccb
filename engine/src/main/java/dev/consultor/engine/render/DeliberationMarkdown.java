package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.SkippedStage;
import dev.consultor.engine.deliberation.StageUsage;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.artifacts.ActionPlan;
import dev.consultor.engine.deliberation.artifacts.Artifacts;
import dev.consultor.engine.deliberation.artifacts.DecisionRecord;
import dev.consultor.engine.deliberation.artifacts.ExecutiveSummary;
import dev.consultor.engine.deliberation.artifacts.KpiScorecard;
import dev.consultor.engine.deliberation.artifacts.RiskRegister;
import dev.consultor.engine.deliberation.conflict.Conflict;
import dev.consultor.engine.deliberation.conflict.Position;
import dev.consultor.engine.deliberation.debate.Debate;
import dev.consultor.engine.deliberation.debate.Resolution;
import dev.consultor.engine.deliberation.debate.Round;
import dev.consultor.engine.deliberation.debate.Turn;
import dev.consultor.engine.deliberation.history.Precedent;
import dev.consultor.engine.deliberation.meeting.ActionItem;
import dev.consultor.engine.deliberation.meeting.AgendaItem;
import dev.consultor.engine.deliberation.meeting.BoardMeeting;
import dev.consultor.engine.deliberation.meeting.Decision;
import dev.consultor.engine.deliberation.meeting.Member;
import dev.consultor.engine.deliberation.meeting.PeerReview;
import dev.consultor.engine.deliberation.meeting.Phase;
import dev.consultor.engine.deliberation.meeting.Proposal;
import dev.consultor.engine.deliberation.meeting.Statement;
import dev.consultor.engine.deliberation.meeting.Tally;
import dev.consultor.engine.deliberation.meeting.Vote;
import java.util.List;
import java.util.Locale;

/**
 * Markdown of a consultation's deliberation and executive artifacts, in the brief's language, rendered from the
 * typed records. Every piece of model-written text is escaped: HTML tags and Markdown markup cannot break out,
 * control characters are dropped, and table cells stay on one line.
 */
public final class DeliberationMarkdown {
    private final Consultation consultation;
    private final Roster roster;
    private final Language language;
    private final Texts labels;

    private DeliberationMarkdown(Consultation consultation, Roster roster) {
        this.consultation = consultation;
        this.roster = roster;
        this.language = consultation.brief().language();
        this.labels = Texts.load(DeliberationMarkdown.class, "labels_" + language.tag() + ".properties");
    }

    /** Every section, in reading order: artifacts first, then how the board got there. */
    public static String render(Consultation consultation) {
        return render(consultation, Roster.defaults());
    }

    public static String render(Consultation consultation, Roster roster) {
        var md = new DeliberationMarkdown(consultation, roster);
        var out = new StringBuilder();
        for (Section section : Section.values()) {
            out.append(
                    switch (section) {
                        case EXECUTIVE_SUMMARY -> md.executiveSummary();
                        case DECISION_RECORD -> md.decisionRecord();
                        case ACTION_PLAN -> md.actionPlan();
                        case RISK_REGISTER -> md.riskRegister();
                        case KPI_SCORECARD -> md.kpiScorecard();
                        case PRECEDENTS -> md.precedents();
                        case CONFLICTS -> md.conflicts();
                        case PEER_REVIEW -> md.peerReview();
                        case MINUTES -> md.minutes();
                        case USAGE -> md.usage();
                    });
        }
        return out.toString();
    }

    /** One section, for renderers that place the sections themselves; empty when the section has nothing. */
    public static String section(Consultation consultation, Section section) {
        var md = new DeliberationMarkdown(consultation, Roster.defaults());
        return switch (section) {
            case EXECUTIVE_SUMMARY -> md.executiveSummary();
            case DECISION_RECORD -> md.decisionRecord();
            case ACTION_PLAN -> md.actionPlan();
            case RISK_REGISTER -> md.riskRegister();
            case KPI_SCORECARD -> md.kpiScorecard();
            case PRECEDENTS -> md.precedents();
            case CONFLICTS -> md.conflicts();
            case PEER_REVIEW -> md.peerReview();
            case MINUTES -> md.minutes();
            case USAGE -> md.usage();
        };
    }

    /** The sections, in the order {@link #render(Consultation)} writes them. */
    public enum Section {
        EXECUTIVE_SUMMARY,
        DECISION_RECORD,
        ACTION_PLAN,
        RISK_REGISTER,
        KPI_SCORECARD,
        PRECEDENTS,
        CONFLICTS,
        PEER_REVIEW,
        MINUTES,
        USAGE
    }

    public static String executiveSummary(Consultation c) {
        return section(c, Section.EXECUTIVE_SUMMARY);
    }

    /** The minutes ("Ata executiva" / "Board minutes"), or the chair's decisions when no meeting was held. */
    public static String minutes(Consultation c) {
        return section(c, Section.MINUTES);
    }

    public static String conflicts(Consultation c) {
        return section(c, Section.CONFLICTS);
    }

    private Deliberation d() {
        return consultation.deliberation();
    }

    private Artifacts artifacts() {
        return consultation.artifacts();
    }

    String executiveSummary() {
        if (artifacts() == null) return "";
        ExecutiveSummary s = artifacts().executiveSummary();
        var out = heading(2, labels.get("summary"));
        out.append(field("summary.context", s.context()));
        out.append(field("summary.decision", s.keyDecision()));
        out.append(field("summary.rationale", s.rationale()));
        out.append(field("summary.confidence", Format.percent(s.confidence())));
        out.append(field("summary.owner", s.owner().label(language)));
        out.append(field("summary.review", s.reviewDate().toString()));
        list(out, "summary.risks", s.topRisks());
        list(out, "summary.steps", s.nextSteps());
        list(out, "summary.precedents", s.precedents());
        return out.append('\n').toString();
    }

    String decisionRecord() {
        if (artifacts() == null) return "";
        DecisionRecord r = artifacts().decisionRecord();
        var out = heading(2, labels.get("record"));
        out.append(field("summary.context", r.context()));
        out.append("### ").append(labels.get("record.chosen")).append("\n\n");
        option(out, r.chosen());
        if (!r.alternatives().isEmpty()) {
            out.append("### ").append(labels.get("record.alternatives")).append("\n\n");
            for (DecisionRecord.Alternative a : r.alternatives()) {
                option(out, a.option());
                out.append("- ")
                        .append(labels.get("record.why"))
                        .append(": ")
                        .append(inline(a.whyItLost()))
                        .append("\n\n");
            }
        }
        return out.toString();
    }

    private void option(StringBuilder out, DecisionRecord.Option o) {
        out.append("**")
                .append(inline(o.title()))
                .append("** — ")
                .append(labels.get("record.by", "advisor", inline(name(o.advisor()))))
                .append("\n\n");
        if (!o.pros().isEmpty())
            out.append("- ")
                    .append(labels.get("record.pros"))
                    .append(": ")
                    .append(joined(o.pros()))
                    .append('\n');
        if (!o.cons().isEmpty())
            out.append("- ")
                    .append(labels.get("record.cons"))
                    .append(": ")
                    .append(joined(o.cons()))
                    .append('\n');
        out.append('\n');
    }

    String actionPlan() {
        if (artifacts() == null) return "";
        ActionPlan plan = artifacts().actionPlan();
        var out = heading(2, labels.get("plan"));
        out.append(field("summary.context", plan.context()));
        for (int days : List.of(30, 60, 90)) {
            var actions = plan.bucket(days);
            if (actions.isEmpty()) continue;
            out.append("### ").append(labels.get("plan.bucket", "days", days)).append("\n\n");
            out.append(labels.get("plan.header")).append('\n').append("|---|---|---|---|---|---|---|\n");
            for (ActionPlan.Action a : actions) {
                row(
                        out,
                        a.id(),
                        a.title(),
                        a.owner().label(language),
                        a.due().toString(),
                        a.dependsOn(),
                        a.expectedEffect(),
                        a.kpi());
            }
            out.append('\n');
        }
        return out.toString();
    }

    String riskRegister() {
        if (artifacts() == null) return "";
        RiskRegister r = artifacts().riskRegister();
        var out = heading(2, labels.get("risks"));
        out.append(field("summary.context", r.context()));
        out.append(labels.get("risks.header")).append('\n').append("|---|---|---|---|---|---|\n");
        for (RiskRegister.Entry e : r.entries()) {
            row(
                    out,
                    e.description(),
                    String.valueOf(e.probability()),
                    String.valueOf(e.impact()),
                    String.valueOf(e.score()),
                    e.mitigation(),
                    e.owner());
        }
        return out.append('\n').toString();
    }

    String kpiScorecard() {
        if (artifacts() == null) return "";
        KpiScorecard k = artifacts().kpiScorecard();
        var out = heading(2, labels.get("kpis"));
        out.append(field("summary.context", k.context()));
        out.append(labels.get("kpis.header")).append('\n').append("|---|---|---|---|---|\n");
        for (KpiScorecard.Entry e : k.entries()) {
            String unit = e.unit().isEmpty() ? "" : " " + e.unit();
            String baseline = e.baseline() == null
                    ? labels.get("kpis.unknown")
                    : Format.number(e.baseline(), language) + unit + " (" + labels.get("source." + e.baselineSource())
                            + ")";
            row(
                    out,
                    e.metric(),
                    baseline,
                    Format.number(e.target(), language) + unit,
                    e.deadline().toString(),
                    labels.get("direction." + Format.lower(e.direction())));
        }
        return out.append('\n').toString();
    }

    String precedents() {
        if (d().precedents().isEmpty()) return "";
        var out = heading(2, labels.get("precedents"));
        for (Precedent p : d().precedents()) {
            out.append("- ")
                    .append(inline(labels.get(
                            "precedent.line",
                            "date",
                            p.date(),
                            "id",
                            p.id(),
                            "score",
                            p.score(),
                            "themes",
                            String.join(", ", p.sharedThemes()))));
            if (p.bearsOnDecision())
                out.append(" — ").append(inline(labels.get("precedent.bears", "decision", p.decision())));
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    String conflicts() {
        if (artifacts() == null && d().conflicts().isEmpty()) return "";
        var out = heading(2, labels.get("conflicts"));
        if (d().conflicts().isEmpty())
            return out.append(labels.get("conflicts.none")).append("\n\n").toString();
        for (Conflict c : d().conflicts()) {
            out.append("### ")
                    .append(c.id())
                    .append(" — ")
                    .append(inline(c.topic()))
                    .append("\n\n");
            out.append(labels.get(
                            "conflict.meta",
                            "type",
                            labels.get("type." + Format.lower(c.type())),
                            "severity",
                            labels.get("severity." + Format.lower(c.severity())),
                            "advisors",
                            String.join(
                                    ", ", c.advisors().stream().map(this::name).toList())))
                    .append("\n\n");
            for (Position p : c.positions()) {
                out.append("- ")
                        .append(labels.get(
                                "conflict.position",
                                "advisor",
                                inline(name(p.advisor())),
                                "position",
                                inline(p.position()),
                                "confidence",
                                Format.percent(p.confidence())))
                        .append('\n');
                if (!p.reasoning().isBlank())
                    out.append("  - ")
                            .append(labels.get("conflict.reasoning", "reasoning", inline(p.reasoning())))
                            .append('\n');
                if (!p.evidence().isEmpty())
                    out.append("  - ")
                            .append(labels.get("conflict.evidence", "evidence", joined(p.evidence())))
                            .append('\n');
            }
            out.append('\n');
            d().debateOf(c.id()).ifPresent(debate -> debate(out, debate));
        }
        return out.toString();
    }

    private void debate(StringBuilder out, Debate debate) {
        for (Round round : debate.rounds()) {
            out.append("**")
                    .append(labels.get("debate.round", "round", round.number()))
                    .append("**\n\n");
            for (Turn t : round.turns()) {
                out.append("- ")
                        .append(labels.get(
                                "debate.turn",
                                "advisor",
                                inline(name(t.advisor())),
                                "move",
                                labels.get("move." + Format.lower(t.move())),
                                "statement",
                                inline(t.statement())))
                        .append('\n');
            }
            out.append('\n');
        }
        String reason = dev.consultor.engine.deliberation.Texts.of(language)
                .get(debate.stopReason().textKey());
        out.append(labels.get("debate.stopped", "reason", reason)).append("\n\n");
        Resolution r = debate.resolution();
        out.append("> ")
                .append(labels.get(
                        "resolution", "method", labels.get("method." + method(r)), "decision", inline(r.decision())))
                .append('\n');
        if (!r.tradeOffs().isEmpty())
            out.append(">\n> ")
                    .append(labels.get("resolution.tradeoffs", "items", joined(r.tradeOffs())))
                    .append('\n');
        if (!r.dissent().isEmpty()) {
            out.append(">\n> ")
                    .append(labels.get(
                            "resolution.dissent",
                            "items",
                            joined(r.dissent().stream().map(this::name).toList())))
                    .append('\n');
        }
        out.append(">\n> ")
                .append(labels.get("resolution.confidence", "confidence", Format.percent(r.confidence())))
                .append("\n\n");
    }

    static String method(Resolution r) {
        return switch (r) {
            case Resolution.Consensus c -> "consensus";
            case Resolution.Compromise c -> "compromise";
            case Resolution.Majority m -> "majority";
            case Resolution.ChairDecision c -> "chair_decision";
        };
    }

    String peerReview() {
        PeerReview review = d().peerReview();
        if (review == null) return "";
        var out = heading(2, labels.get("peer_review"));
        out.append(labels.get("peer_review.note")).append("\n\n");
        out.append(labels.get("peer_review.header")).append('\n').append("|---|---|---|---|\n");
        for (PeerReview.Standing s : review.standings()) {
            row(out, String.valueOf(s.rank()), s.title(), name(s.advisor()), String.valueOf(s.points()));
        }
        return out.append('\n').toString();
    }

    String minutes() {
        BoardMeeting m = d().meeting();
        if (m == null) return chairDecisions();
        var out = heading(2, labels.get("minutes"));
        out.append(labels.get("minutes.date", "date", m.date())).append("\n\n");
        out.append("### ").append(labels.get("minutes.attendance")).append("\n\n");
        for (Member member : m.attendance()) {
            out.append("- ")
                    .append(member.role().label(language))
                    .append(" — ")
                    .append(inline(member.name()))
                    .append(" (")
                    .append(labels.get(member.present() ? "minutes.present" : "minutes.absent"))
                    .append(")\n");
        }
        out.append("\n### ").append(labels.get("minutes.agenda")).append("\n\n");
        for (AgendaItem item : m.agenda())
            out.append(item.order()).append(". ").append(inline(item.title())).append('\n');
        out.append("\n### ").append(labels.get("minutes.statements")).append("\n\n");
        Phase current = null;
        for (Statement s : m.statements()) {
            if (s.phase() != current) {
                current = s.phase();
                out.append("\n**")
                        .append(labels.get("phase." + Format.lower(current)))
                        .append("**\n\n");
            }
            out.append("- ")
                    .append(s.role().label(language))
                    .append(" (")
                    .append(inline(name(s.advisor())))
                    .append("): ")
                    .append(inline(s.text()))
                    .append('\n');
        }
        out.append("\n### ").append(labels.get("minutes.proposals")).append("\n\n");
        out.append(labels.get("minutes.proposal.header")).append('\n').append("|---|---|---|---|---|\n");
        for (Proposal p : m.proposals()) {
            row(
                    out,
                    p.id(),
                    p.title(),
                    p.owner().label(language),
                    labels.get("days", "days", p.dueDays()),
                    p.successMetric());
        }
        out.append("\n### ").append(labels.get("minutes.votes")).append("\n\n");
        out.append(labels.get("minutes.vote.header")).append('\n').append("|---|---|---|---|\n");
        for (Vote v : m.votes()) {
            row(
                    out,
                    v.proposalId(),
                    v.role().label(language) + " — " + name(v.member()),
                    labels.get("vote." + Format.lower(v.choice())),
                    v.rationale());
        }
        out.append("\n### ").append(labels.get("minutes.results")).append("\n\n");
        for (Tally t : m.tallies()) {
            out.append("- ")
                    .append(labels.get(
                            "minutes.result",
                            "id",
                            t.proposalId(),
                            "approve",
                            t.approve(),
                            "reject",
                            t.reject(),
                            "abstain",
                            t.abstain(),
                            "outcome",
                            labels.get(t.approved() ? "minutes.approved" : "minutes.rejected")));
            if (t.castingVote()) out.append(' ').append(labels.get("minutes.casting"));
            out.append('\n');
        }
        out.append("\n### ").append(labels.get("minutes.decisions")).append("\n\n");
        decisionsTable(out, m.decisions());
        out.append("\n### ").append(labels.get("minutes.actions")).append("\n\n");
        out.append(labels.get("minutes.action.header")).append('\n').append("|---|---|---|---|\n");
        for (ActionItem a : m.actionItems())
            row(out, a.title(), a.owner().label(language), a.due().toString(), a.decisionId());
        out.append("\n### ").append(labels.get("minutes.unresolved")).append("\n\n");
        if (m.unresolved().isEmpty()) out.append(labels.get("minutes.none")).append('\n');
        for (String u : m.unresolved()) out.append("- ").append(inline(u)).append('\n');
        return out.append('\n').toString();
    }

    private String chairDecisions() {
        if (d().decisions().isEmpty()) return "";
        var out = heading(2, labels.get("decisions"));
        decisionsTable(out, d().decisions());
        return out.append('\n').toString();
    }

    private void decisionsTable(StringBuilder out, List<Decision> decisions) {
        out.append(labels.get("minutes.decision.header")).append('\n').append("|---|---|---|---|---|\n");
        for (Decision dec : decisions)
            row(
                    out,
                    dec.id(),
                    dec.title(),
                    dec.owner().label(language),
                    dec.due().toString(),
                    dec.successMetric());
    }

    String usage() {
        if (consultation.stageUsage().isEmpty()) return "";
        var out = heading(2, labels.get("usage"));
        out.append(labels.get("usage.header")).append('\n').append("|---|---|---|---|---|---|\n");
        for (StageUsage u : consultation.stageUsage()) {
            row(
                    out,
                    stage(u.stage()),
                    name(u.advisor()),
                    String.valueOf(u.usage().calls()),
                    String.valueOf(u.usage().tokens().inputTokens()),
                    String.valueOf(u.usage().tokens().outputTokens()),
                    String.format(Locale.ROOT, "%.4f", u.usage().costUsd()));
        }
        var b = d().bounds();
        out.append('\n')
                .append(labels.get(
                        "usage.bounds",
                        "calls",
                        b.calls(),
                        "max",
                        b.maxCalls(),
                        "tokens",
                        b.outputTokens(),
                        "max_tokens",
                        b.maxOutputTokens()))
                .append('\n');
        for (SkippedStage s : d().skipped()) {
            out.append("\n- ")
                    .append(labels.get("usage.skipped", "stage", stage(s.stage()), "reason", inline(s.reason())));
        }
        return out.append("\n\n").toString();
    }

    private String stage(String stage) {
        return labels.has("stage." + stage) ? labels.get("stage." + stage) : stage;
    }

    private String name(String advisor) {
        return roster.find(advisor).map(a -> a.name(language)).orElse(advisor);
    }

    private StringBuilder heading(int level, String title) {
        return new StringBuilder("#".repeat(level)).append(' ').append(title).append("\n\n");
    }

    private String field(String label, String value) {
        return "**" + labels.get(label) + ":** " + inline(value) + "\n\n";
    }

    private void list(StringBuilder out, String label, List<String> items) {
        if (items.isEmpty()) return;
        out.append("**").append(labels.get(label)).append(":**\n\n");
        for (String item : items) out.append("- ").append(inline(item)).append('\n');
        out.append('\n');
    }

    private static String joined(List<String> items) {
        return String.join(
                "; ", items.stream().map(DeliberationMarkdown::inline).toList());
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) out.append(' ').append(cell(cell)).append(" |");
        out.append('\n');
    }

    /** Untrusted text made safe for one line of Markdown: no control characters, tags or markup. */
    public static String inline(String text) {
        if (text == null) return "";
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') out.append(' ');
            else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || bidiControl(cp)) return;
            else if (cp == '<') out.append("&lt;");
            else if (cp == '>') out.append("&gt;");
            else if (cp == '&') out.append("&amp;");
            else if ("\\`*_[]#".indexOf(cp) >= 0) out.append('\\').appendCodePoint(cp);
            else out.appendCodePoint(cp);
        });
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Directional overrides can make text read differently from what it is. */
    private static boolean bidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }
}
