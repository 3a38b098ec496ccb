package dev.consultor.engine.render;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.Texts;
import dev.consultor.engine.deliberation.artifacts.Artifacts;
import java.util.List;

/** What every group of sections shares: the consultation, its language, the labels and a few writing helpers. */
abstract class Sections {
    final Consultation consultation;
    final Roster roster;
    final Language language;
    final Texts labels;

    Sections(Consultation consultation, Roster roster) {
        this.consultation = consultation;
        this.roster = roster;
        this.language = consultation.brief().language();
        this.labels = Texts.load(DeliberationMarkdown.class, "labels-" + language.tag() + ".properties");
    }

    /** A date in the document's one format ("29 de dez. de 2026", "Dec 29, 2026"). */
    String date(java.time.LocalDate date) {
        return dev.consultor.engine.deliberation.Format.date(date, language);
    }

    Deliberation d() {
        return consultation.deliberation();
    }

    Artifacts artifacts() {
        return consultation.artifacts();
    }

    String stage(String stage) {
        return labels.has("stage." + stage) ? labels.get("stage." + stage) : stage;
    }

    String name(String advisor) {
        return roster.find(advisor).map(a -> a.name(language)).orElse(advisor);
    }

    StringBuilder heading(int level, String title) {
        return new StringBuilder("#".repeat(level)).append(' ').append(title).append("\n\n");
    }

    String field(String label, String value) {
        return "**" + labels.get(label) + ":** " + Md.inline(value) + "\n\n";
    }

    void list(StringBuilder out, String label, List<String> items) {
        if (items.isEmpty()) return;
        out.append("**").append(labels.get(label)).append(":**\n\n");
        for (String item : items) out.append("- ").append(Md.inline(item)).append('\n');
        out.append('\n');
    }
}
