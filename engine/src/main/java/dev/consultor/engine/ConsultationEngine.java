package dev.consultor.engine;

import dev.consultor.engine.advisor.Adoptions;
import dev.consultor.engine.advisor.AdvisorSpec;
import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.deliberation.Board;
import dev.consultor.engine.deliberation.Deliberation;
import dev.consultor.engine.deliberation.DeliberationSettings;
import dev.consultor.engine.deliberation.Ledger;
import dev.consultor.engine.deliberation.SkippedStage;
import dev.consultor.engine.deliberation.artifacts.ArtifactBuilder;
import dev.consultor.engine.deliberation.artifacts.Artifacts;
import dev.consultor.engine.deliberation.history.HistoryScorer;
import dev.consultor.engine.deliberation.history.Refinement;
import dev.consultor.engine.deliberation.history.Refiner;
import dev.consultor.engine.model.AdvisorIntent;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.RefineIntent;
import dev.consultor.engine.report.AgentReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a consultation: each advisor starts the moment its own dependencies have finished (no layer barriers),
 * on a virtual thread; a failed advisor marks the consultation degraded and its dependents run with an explicit
 * note that its report is unavailable.
 */
public final class ConsultationEngine {
    private final Roster roster;
    private final LanguageModel model;
    private final EngineSettings settings;
    private final PromptBuilder prompts;
    private final DeliberationSettings deliberation;

    public ConsultationEngine(Roster roster, LanguageModel model, EngineSettings settings) {
        this(roster, model, settings, DeliberationSettings.defaults());
    }

    public ConsultationEngine(
            Roster roster, LanguageModel model, EngineSettings settings, DeliberationSettings deliberation) {
        this.roster = Objects.requireNonNull(roster, "roster");
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.deliberation = Objects.requireNonNull(deliberation, "deliberation");
        this.prompts = new PromptBuilder(roster);
    }

    /**
     * Answers a follow-up question on a finished consultation, grounded in it: each point cites the advisor
     * report, decision or resolution it comes from.
     */
    public Refinement refine(Consultation consultation, String question, List<RefineIntent.Exchange> earlier)
            throws InterruptedException {
        return new Refiner(roster, model, settings, deliberation).refine(consultation, question, earlier);
    }

    public Roster roster() {
        return roster;
    }

    public LanguageModel model() {
        return model;
    }

    /** How far deliberation goes: with the roster, what a consultation's schedule of model calls is made of. */
    public DeliberationSettings deliberation() {
        return deliberation;
    }

    public Consultation run(Brief brief, ProgressListener listener) {
        return run(UUID.randomUUID().toString(), brief, listener, Map.of());
    }

    /**
     * Runs a consultation, reusing reports that were already checkpointed (e.g. before a crash) instead of
     * asking their advisors again. If the calling thread is interrupted, no further model calls are made and
     * the advisors that had not finished are reported as skipped.
     */
    public Consultation run(String id, Brief brief, ProgressListener listener, Map<String, AgentReport> checkpoints) {
        Instant startedAt = settings.clock().instant();
        long t0 = System.nanoTime();
        var clock = new Elapsed(t0);
        // The advisors see only the few earlier consultations that bear on this one.
        Brief advisorBrief = HistoryScorer.withRelevantHistory(brief);
        Map<String, CompletableFuture<AdvisorOutcome>> futures = new LinkedHashMap<>();
        boolean interrupted = false;
        try (ExecutorService executor = Executors.newThreadPerTaskExecutor(settings.threads())) {
            // Repairs come out of the depth's call bound, so the analysis alone can never exceed it.
            var repairs = new AtomicInteger(
                    Math.max(0, deliberation.callBound(brief.depth(), roster.size()) - roster.size()));
            var call = new AdvisorCall(model, settings, executor, repairs);
            for (AdvisorSpec spec : roster.inDependencyOrder()) {
                var dependencies = spec.dependsOn().stream().map(futures::get).toList();
                CompletableFuture<AdvisorOutcome> future = CompletableFuture.allOf(
                                dependencies.toArray(CompletableFuture[]::new))
                        .thenApplyAsync(
                                ignored -> runAdvisor(
                                        spec, advisorBrief, collect(spec, futures), checkpoints, call, listener, clock),
                                executor);
                futures.put(spec.id(), future);
            }
            try {
                CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new))
                        .get();
            } catch (InterruptedException e) {
                interrupted = true;
                executor.shutdownNow();
            } catch (ExecutionException e) {
                throw new IllegalStateException("advisor scheduling failed", e.getCause());
            }
        }
        var outcomes = new ArrayList<AdvisorOutcome>();
        for (var entry : futures.entrySet()) {
            CompletableFuture<AdvisorOutcome> f = entry.getValue();
            if (f.isDone() && !f.isCompletedExceptionally() && !f.isCancelled()) {
                outcomes.add(f.join());
            } else {
                var skipped = new AdvisorOutcome.Skipped(entry.getKey(), "consultation cancelled");
                listener.on(new ProgressEvent.AdvisorSkipped(entry.getKey(), clock.ms(), skipped.reason()));
                outcomes.add(skipped);
            }
        }
        var ledger = new Ledger();
        for (AdvisorOutcome outcome : outcomes) ledger.add(PromptBuilder.STAGE, outcome.advisor(), usageOf(outcome));
        var errors = new ArrayList<String>();
        for (AdvisorOutcome outcome : outcomes) {
            switch (outcome) {
                case AdvisorOutcome.Completed c -> {}
                case AdvisorOutcome.Failed f -> errors.add(name(f.advisor(), brief) + ": " + f.cause());
                case AdvisorOutcome.Skipped s -> errors.add(name(s.advisor(), brief) + ": " + s.reason());
            }
        }
        ConsultationStatus status = Consultation.statusOf(outcomes);
        Deliberation deliberated = Deliberation.NONE;
        Artifacts artifacts = null;
        var reports = outcomes.stream()
                .flatMap(o -> o instanceof AdvisorOutcome.Completed c
                        ? java.util.stream.Stream.of(c.report())
                        : java.util.stream.Stream.empty())
                .toList();
        if (!interrupted && !reports.isEmpty()) {
            try {
                deliberated = new Board(roster, model, settings, deliberation)
                        .deliberate(brief, reports, ledger, listener, clock::ms);
                artifacts = new ArtifactBuilder(brief, roster).build(reports, deliberated);
                for (var artifact : artifacts.all())
                    listener.on(new ProgressEvent.ArtifactReady(clock.ms(), artifact.kind()));
            } catch (InterruptedException e) {
                interrupted = true;
                errors.add("deliberation: consultation cancelled");
            }
            for (SkippedStage skipped : deliberated.skipped()) errors.add(skipped.stage() + ": " + skipped.reason());
        }
        Usage total = ledger.total();
        long duration = clock.ms();
        listener.on(new ProgressEvent.ConsultationFinished(duration, status, total));
        if (interrupted) Thread.currentThread().interrupt();
        return new Consultation(
                id,
                brief,
                model.info(),
                outcomes,
                total,
                status,
                errors,
                startedAt,
                duration,
                deliberated,
                artifacts,
                ledger.entries());
    }

    private AdvisorOutcome runAdvisor(
            AdvisorSpec spec,
            Brief brief,
            Map<String, AdvisorOutcome> dependencyOutcomes,
            Map<String, AgentReport> checkpoints,
            AdvisorCall call,
            ProgressListener listener,
            Elapsed clock) {
        long start = clock.ms();
        AgentReport saved = checkpoints.get(spec.id());
        if (saved != null) {
            listener.on(new ProgressEvent.AdvisorFinished(spec.id(), start, 0, Usage.NONE));
            return new AdvisorOutcome.Completed(spec.id(), saved, Usage.NONE, start, start);
        }
        var reports = new HashMap<String, AgentReport>();
        var unavailable = new HashMap<String, String>();
        dependencyOutcomes.forEach((dependency, outcome) -> {
            switch (outcome) {
                case AdvisorOutcome.Completed c -> reports.put(dependency, c.report());
                case AdvisorOutcome.Failed f -> unavailable.put(dependency, f.cause());
                case AdvisorOutcome.Skipped s -> unavailable.put(dependency, s.reason());
            }
        });
        listener.on(new ProgressEvent.AdvisorStarted(spec.id(), start));
        var request = prompts.advisorRequest(
                spec, new AdvisorIntent(brief, spec.id(), reports, unavailable), settings.maxTokensPerAdvisor());
        AdvisorCall.Result result;
        try {
            result = call.run(request, text -> listener.on(new ProgressEvent.TextDelta(spec.id(), clock.ms(), text)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new AdvisorOutcome.Skipped(spec.id(), "consultation cancelled");
        }
        long end = clock.ms();
        return switch (result) {
            case AdvisorCall.Answered a -> {
                AgentReport report =
                        spec.own(Adoptions.expand(a.report(), a.adopted(), reports, roster, brief.language()));
                listener.reportReady(spec.id(), report);
                listener.on(new ProgressEvent.AdvisorFinished(spec.id(), end, end - start, a.usage()));
                yield new AdvisorOutcome.Completed(spec.id(), report, a.usage(), start, end);
            }
            case AdvisorCall.Unanswered u -> {
                listener.on(new ProgressEvent.AdvisorFailed(spec.id(), end, u.cause(), u.kind()));
                yield new AdvisorOutcome.Failed(spec.id(), u.cause(), u.kind(), u.usage(), start, end);
            }
        };
    }

    private static Map<String, AdvisorOutcome> collect(
            AdvisorSpec spec, Map<String, CompletableFuture<AdvisorOutcome>> futures) {
        // Only called once every dependency's future is complete, so join() never blocks here; the map is
        // captured lazily because the dependencies' futures exist already when this advisor is scheduled.
        var view = new LinkedHashMap<String, AdvisorOutcome>();
        for (String dependency : spec.dependsOn())
            view.put(dependency, futures.get(dependency).join());
        return view;
    }

    private String name(String advisor, Brief brief) {
        return roster.find(advisor).map(a -> a.name(brief.language())).orElse(advisor);
    }

    static Usage usageOf(AdvisorOutcome outcome) {
        return switch (outcome) {
            case AdvisorOutcome.Completed c -> c.usage();
            case AdvisorOutcome.Failed f -> f.usage();
            case AdvisorOutcome.Skipped s -> Usage.NONE;
        };
    }

    /** Milliseconds since the consultation started, from a monotonic clock. */
    private record Elapsed(long startNanos) {
        long ms() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }
    }
}
