package dev.consultor.engine.render;

import dev.consultor.engine.AdvisorOutcome;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.model.ModelInfo;
import java.util.stream.Collectors;

/**
 * Renders a consultation as a Markdown document in the brief's language, readable as plain text in a terminal.
 * Every piece of model or user text is neutralised first: it is untrusted and must not inject markup, HTML or
 * terminal control sequences.
 *
 * <p>The document is a sequence of sections, each written by its own method in {@link #document()}; later
 * stages of a consultation add their sections there.
 */
public final class ConsultationMarkdown {
    private final Consultation consultation;
    private final Roster roster;
    private final Brief brief;
    private final Labels labels;
    private final Formats formats;
    private final StringBuilder out = new StringBuilder(8192);

    private ConsultationMarkdown(Consultation consultation, Roster roster) {
        this.consultation = consultation;
        this.roster = roster;
        this.brief = consultation.brief();
        this.labels = Labels.of(brief.language());
        this.formats = new Formats(brief.language());
    }

    public static String render(Consultation consultation, Roster roster) {
        return new ConsultationMarkdown(consultation, roster).document();
    }

    private String document() {
        header();
        problem();
        data();
        warnings();
        advisors();
        out.append(DeliberationMarkdown.afterReports(consultation, roster));
        usage();
        out.append(DeliberationMarkdown.stageUsage(consultation, roster));
        return out.toString();
    }

    private void header() {
        out.append("# ").append(labels.get("title")).append("\n\n");
        item(labels.get("engine"), engine(consultation.model()));
        item(labels.get("business_type"), brief.businessType().label(brief.language()));
        item(labels.get("depth"), brief.depth().label(brief.language()));
        item(labels.get("date"), formats.longDate(brief.asOf()));
        item(labels.get("status"), status());
        out.append('\n');
    }

    /** A generative model goes by its own label; the offline engine by its name in the reader's language. */
    private String engine(ModelInfo model) {
        if (model.generative()) return MarkdownText.inline(model.label()) + " — " + labels.get("engine.generative");
        return labels.get("engine.offline") + " (" + MarkdownText.inline(model.model()) + ") — "
                + labels.get("engine.curated");
    }

    private String status() {
        ConsultationStatus status = consultation.status();
        if (status != ConsultationStatus.DEGRADED) return labels.of("status", status);
        long answered = consultation.outcomes().stream()
                .filter(o -> o instanceof AdvisorOutcome.Completed)
                .count();
        return labels.format(
                "status.degraded",
                formats.integer(answered),
                formats.integer(consultation.outcomes().size()));
    }

    private void problem() {
        heading(2, labels.get("problem"));
        String[] paragraphs = brief.problem().split("\\R\\s*\\R");
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) out.append(">\n");
            out.append("> ").append(MarkdownText.inline(paragraphs[i])).append('\n');
        }
        out.append('\n');
    }

    private void data() {
        if (brief.data().isEmpty()) return;
        heading(2, labels.get("data"));
        for (DataSet set : brief.data()) {
            heading(3, MarkdownText.inline(set.name()));
            String facts = labels.format("data.rows", formats.integer(set.rowCount()));
            if (set.periodColumn() != null) {
                facts += " · "
                        + labels.format(
                                "data.period",
                                MarkdownText.inline(formats.period(set.firstPeriod())),
                                MarkdownText.inline(formats.period(set.lastPeriod())));
            }
            out.append(facts).append("\n\n");
            for (ColumnProfile column : set.columns())
                out.append("- ").append(column(column)).append('\n');
            if (!set.textColumns().isEmpty()) {
                String names =
                        set.textColumns().stream().map(MarkdownText::inline).collect(Collectors.joining(", "));
                out.append("- ")
                        .append(labels.format("data.text_columns", names))
                        .append('\n');
            }
            out.append('\n');
        }
    }

    private String column(ColumnProfile column) {
        return labels.format(
                "data.column",
                "**" + MarkdownText.inline(column.name()) + "**",
                formats.figure(column.first()),
                formats.figure(column.last()),
                column.changePct() == null ? labels.get("not_available") : formats.change(column.changePct()),
                formats.figure(column.min()),
                formats.figure(column.max()),
                formats.figure(column.mean()),
                labels.of("trend", column.trend()));
    }

    private void warnings() {
        if (consultation.errors().isEmpty()) return;
        heading(2, labels.get("warnings"));
        for (String error : consultation.errors())
            out.append("- ").append(MarkdownText.inline(error)).append('\n');
        out.append('\n');
    }

    private void advisors() {
        heading(2, labels.get("board"));
        var reports = new ReportMarkdown(out, labels, formats, brief);
        int number = 0;
        for (AdvisorOutcome outcome : consultation.outcomes()) {
            String title = ++number + ". " + advisorName(outcome.advisor());
            switch (outcome) {
                case AdvisorOutcome.Completed c -> {
                    heading(3, title);
                    reports.write(c.report());
                }
                case AdvisorOutcome.Failed f -> {
                    heading(3, title + " — " + labels.get("advisor.failed"));
                    out.append(labels.get("cause"))
                            .append(": ")
                            .append(MarkdownText.inline(f.cause()))
                            .append(" (")
                            .append(MarkdownText.inline(f.kind()))
                            .append(")\n\n");
                }
                case AdvisorOutcome.Skipped s -> {
                    heading(3, title + " — " + labels.get("advisor.skipped"));
                    out.append(labels.get("cause"))
                            .append(": ")
                            .append(MarkdownText.inline(s.reason()))
                            .append("\n\n");
                }
            }
        }
    }

    private void usage() {
        var usage = consultation.usage();
        var tokens = usage.tokens();
        heading(2, labels.get("usage"));
        item(labels.get("usage.calls"), formats.integer(usage.calls()));
        item(
                labels.get("usage.tokens"),
                labels.format(
                        "usage.tokens_detail",
                        formats.integer(tokens.totalTokens()),
                        formats.integer(tokens.inputTokens()),
                        formats.integer(tokens.outputTokens()),
                        formats.integer(tokens.cacheReadTokens()),
                        formats.integer(tokens.cacheWriteTokens())));
        item(labels.get("usage.cost"), formats.usd(usage.costUsd()));
        item(
                labels.get("usage.time"),
                formats.seconds(consultation.durationMs()) + " ("
                        + labels.format("usage.model_time", formats.seconds(usage.latencyMs())) + ")");
        out.append("- **").append(labels.get("usage.by_advisor")).append(":**\n");
        for (AdvisorOutcome outcome : consultation.outcomes()) {
            if (outcome instanceof AdvisorOutcome.Completed c) {
                out.append("  - ")
                        .append(labels.format(
                                "usage.advisor",
                                advisorName(c.advisor()),
                                formats.seconds(c.startedMs()),
                                formats.seconds(c.finishedMs()),
                                formats.integer(c.usage().tokens().totalTokens())))
                        .append('\n');
            }
        }
        out.append('\n');
    }

    private String advisorName(String id) {
        return MarkdownText.inline(
                roster.find(id).map(a -> a.name(brief.language())).orElse(id));
    }

    private void heading(int level, String text) {
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
    }

    private void item(String label, String value) {
        out.append("- **").append(label).append(":** ").append(value).append('\n');
    }
}
