package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import java.util.List;

/**
 * Markdown of a consultation's deliberation and executive artifacts, in the brief's language, rendered from the
 * typed records. Every piece of model-written text is escaped: HTML tags and Markdown markup cannot break out,
 * control characters are dropped, and table cells stay on one line.
 */
public final class DeliberationMarkdown {
    private final ArtifactSections artifacts;
    private final BoardSections board;
    private final MinutesSection minutes;

    private DeliberationMarkdown(Consultation consultation, Roster roster) {
        this.artifacts = new ArtifactSections(consultation, roster);
        this.board = new BoardSections(consultation, roster);
        this.minutes = new MinutesSection(consultation, roster);
    }

    /** Every section, in reading order: artifacts first, then how the board got there. */
    public static String render(Consultation consultation) {
        return render(consultation, Roster.defaults());
    }

    public static String render(Consultation consultation, Roster roster) {
        var md = new DeliberationMarkdown(consultation, roster);
        var out = new StringBuilder();
        for (Section section : Section.values()) out.append(md.write(section));
        return out.toString();
    }

    /**
     * The sections that follow the advisors' reports in a full document: how the board deliberated, then what it
     * decided, then what the stages cost.
     */
    public static String afterReports(Consultation consultation, Roster roster) {
        var md = new DeliberationMarkdown(consultation, roster);
        var out = new StringBuilder();
        for (Section section : List.of(
                Section.PRECEDENTS,
                Section.CONFLICTS,
                Section.PEER_REVIEW,
                Section.MINUTES,
                Section.EXECUTIVE_SUMMARY,
                Section.DECISION_RECORD,
                Section.ACTION_PLAN,
                Section.RISK_REGISTER,
                Section.KPI_SCORECARD)) {
            out.append(md.write(section));
        }
        return out.toString();
    }

    /** The stages' usage, for the end of a full document. */
    public static String stageUsage(Consultation consultation, Roster roster) {
        return new DeliberationMarkdown(consultation, roster).write(Section.USAGE);
    }

    /** One section, for renderers that place the sections themselves; empty when the section has nothing. */
    public static String section(Consultation consultation, Section section) {
        return new DeliberationMarkdown(consultation, Roster.defaults()).write(section);
    }

    private String write(Section section) {
        return switch (section) {
            case EXECUTIVE_SUMMARY -> artifacts.executiveSummary();
            case DECISION_RECORD -> artifacts.decisionRecord();
            case ACTION_PLAN -> artifacts.actionPlan();
            case RISK_REGISTER -> artifacts.riskRegister();
            case KPI_SCORECARD -> artifacts.kpiScorecard();
            case PRECEDENTS -> board.precedents();
            case CONFLICTS -> board.conflicts();
            case PEER_REVIEW -> board.peerReview();
            case MINUTES -> minutes.minutes();
            case USAGE -> board.usage();
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

    /** Untrusted text made safe for one line of Markdown: no control characters, tags or markup. */
    public static String inline(String text) {
        return Md.inline(text);
    }

    /** {@link #inline} for a table cell: pipes escaped too. */
    public static String cell(String text) {
        return Md.cell(text);
    }
}
