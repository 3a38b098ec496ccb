package dev.consultor.app;

import dev.consultor.engine.ProgressEvent;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Language;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints one line per advisor as the board works, on standard error so standard output stays the result. */
final class TerminalProgress implements ProgressListener {
    private final PrintWriter err;
    private final Roster roster;
    private final Language language;
    private final Locale locale;

    TerminalProgress(PrintWriter err, Roster roster, Language language) {
        this.err = err;
        this.roster = roster;
        this.language = language;
        this.locale = Locale.forLanguageTag(language.tag());
    }

    @Override
    public void on(ProgressEvent event) {
        String line = switch (event) {
            case ProgressEvent.AdvisorFinished f -> "✓ " + name(f.advisor()) + " (" + seconds(f.durationMs()) + ")";
            case ProgressEvent.AdvisorFailed f -> "✗ " + name(f.advisor()) + " — " + f.cause();
            case ProgressEvent.AdvisorSkipped s -> "– " + name(s.advisor()) + " — " + s.reason();
            case ProgressEvent.ConsultationFinished f ->
                (language.isPortuguese() ? "Conselho concluído em " : "Board finished in ") + seconds(f.atMs());
            // Starts, streamed text and stages added later are not worth a line of their own (yet).
            default -> null;
        };
        if (line == null) return;
        synchronized (err) {
            err.println(Terminal.line(line));
            err.flush();
        }
    }

    private String name(String advisor) {
        return roster.find(advisor).map(a -> a.name(language)).orElse(advisor);
    }

    private String seconds(long millis) {
        return String.format(locale, "%.1f s", millis / 1000.0);
    }
}
