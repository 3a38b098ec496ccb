package dev.consultor.engine.deliberation.history;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.Usage;
import dev.consultor.engine.advisor.BoardRole;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.deliberation.Answers;
import dev.consultor.engine.deliberation.CallBudget;
import dev.consultor.engine.deliberation.DeliberationSettings;
import dev.consultor.engine.deliberation.Format;
import dev.consultor.engine.deliberation.Ledger;
import dev.consultor.engine.deliberation.ModelCaller;
import dev.consultor.engine.deliberation.Requests;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.RefineIntent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Answers a follow-up question on a finished consultation, grounded in it. The consultation's typed content is
 * ranked against the question (and, with half the weight, the previous question of the thread) by shared word
 * stems; with the offline model the best sources are the answer, each point citing its source; with a
 * generative model the best sources go to the model, and every point it writes must cite one of them or is
 * dropped (with the retrieved answer as the fallback when none survives).
 */
public final class Refiner {
    public static final String STAGE = "refine";
    static final int MAX_POINTS = 4;
    static final int MAX_SOURCES_FOR_MODEL = 24;
    private static final Set<String> STOPWORDS = stopwords();

    private final LanguageModel model;
    private final EngineSettings settings;
    private final DeliberationSettings deliberation;
    private final Roster roster;

    public Refiner(Roster roster, LanguageModel model, EngineSettings settings, DeliberationSettings deliberation) {
        this.roster = roster;
        this.model = model;
        this.settings = settings;
        this.deliberation = deliberation;
    }

    public Refinement refine(Consultation consultation, String question, List<RefineIntent.Exchange> earlier)
            throws InterruptedException {
        List<RefineIntent.Source> sources = Sources.of(consultation);
        List<RefineIntent.Source> ranked = rank(sources, question, earlier);
        Refinement retrieved = retrieved(question, ranked, sources);
        if (!model.info().generative() || ranked.isEmpty()) return retrieved;
        var ledger = new Ledger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var caller = new ModelCaller(
                    model, settings, new CallBudget(2, (long) deliberation.maxTokensPerCall() * 2), ledger, executor);
            var top = ranked.subList(0, Math.min(MAX_SOURCES_FOR_MODEL, ranked.size()));
            var intent = new RefineIntent(consultation.brief(), question, earlier, top);
            var payload = new LinkedHashMap<String, Object>();
            payload.put("question", question);
            payload.put("earlier", earlier);
            payload.put("sources", top);
            var request = Requests.of(
                    roster.byBoardRole(BoardRole.CHAIR).map(a -> a.id()).orElse("reviewer"),
                    STAGE,
                    "refine",
                    consultation.brief(),
                    payload,
                    intent,
                    deliberation.maxTokensPerCall(),
                    roster);
            var answer = caller.one(request, Answers.Refined.class).flatMap(a -> a);
            Map<String, RefineIntent.Source> byId = new LinkedHashMap<>();
            top.forEach(s -> byId.put(s.id(), s));
            var points = new ArrayList<Refinement.Point>();
            answer.ifPresent(a -> a.points().forEach(p -> {
                RefineIntent.Source s = byId.get(p.sourceId());
                if (s != null) points.add(new Refinement.Point(p.text(), s.id(), s.kind(), s.advisor()));
            }));
            Usage usage = ledger.total();
            if (points.isEmpty()) return new Refinement(question, retrieved.points(), true, usage);
            return new Refinement(question, points, false, usage);
        }
    }

    private static Refinement retrieved(
            String question, List<RefineIntent.Source> ranked, List<RefineIntent.Source> all) {
        List<RefineIntent.Source> chosen = ranked.isEmpty()
                ? all.stream()
                        .filter(s -> s.kind().equals("decision") || s.kind().equals("summary"))
                        .limit(2)
                        .toList()
                : ranked.subList(0, Math.min(MAX_POINTS, ranked.size()));
        var points = chosen.stream()
                .map(s -> new Refinement.Point(s.text(), s.id(), s.kind(), s.advisor()))
                .toList();
        return new Refinement(question, points, true, Usage.NONE);
    }

    /** Sources sharing at least one word stem with the question, best first. */
    static List<RefineIntent.Source> rank(
            List<RefineIntent.Source> sources, String question, List<RefineIntent.Exchange> earlier) {
        Set<String> now = stems(question);
        Set<String> before =
                earlier.isEmpty() ? Set.of() : stems(earlier.getLast().question());
        var scored = new ArrayList<Map.Entry<RefineIntent.Source, Double>>();
        for (RefineIntent.Source s : sources) {
            Set<String> words = stems(s.text());
            double score = 0;
            for (String w : now) if (words.contains(w)) score += 1;
            for (String w : before) if (words.contains(w) && !now.contains(w)) score += 0.5;
            if (score == 0) continue;
            if (s.kind().equals("decision") || s.kind().equals("resolution")) score += 0.25;
            scored.add(Map.entry(s, score));
        }
        scored.sort(Map.Entry.<RefineIntent.Source, Double>comparingByValue(Comparator.reverseOrder()));
        return scored.stream().map(Map.Entry::getKey).toList();
    }

    static Set<String> stems(String text) {
        var stems = new HashSet<String>();
        for (String word : Format.fold(text).split(" ")) {
            if (word.length() < 3 || STOPWORDS.contains(word)) continue;
            stems.add(word.length() > 4 ? word.substring(0, 4) : word);
        }
        return stems;
    }

    private static Set<String> stopwords() {
        try (InputStream in = Refiner.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) throw new IllegalStateException("stopwords.txt is missing");
            var words = new HashSet<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
                if (!line.isBlank()) words.add(Format.fold(line));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
