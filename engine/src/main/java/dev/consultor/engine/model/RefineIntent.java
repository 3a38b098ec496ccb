package dev.consultor.engine.model;

import dev.consultor.engine.brief.Brief;
import java.util.List;
import java.util.Objects;

/**
 * A follow-up question on a finished consultation. The answer must be grounded: each point cites the id of one
 * of {@code sources}; points that cite nothing known are dropped.
 *
 * @param earlier earlier questions and answers of the same follow-up thread, oldest first
 * @param sources the consultation's content the answer may draw on, each with a stable id
 */
public record RefineIntent(Brief brief, String question, List<Exchange> earlier, List<Source> sources)
        implements Intent {

    public RefineIntent {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(question, "question");
        earlier = List.copyOf(earlier);
        sources = List.copyOf(sources);
    }

    public record Exchange(String question, String answer) {
        public Exchange {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * A citable piece of the consultation.
     *
     * @param id e.g. "commercial-2", "risk:financial-1", "decision:D1"
     * @param kind e.g. "recommendation", "hypothesis", "risk", "kpi", "decision", "resolution"
     * @param advisor the advisor it comes from, or "board" for decisions
     */
    public record Source(String id, String kind, String advisor, String text) {
        public Source {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(advisor, "advisor");
            Objects.requireNonNull(text, "text");
        }
    }
}
