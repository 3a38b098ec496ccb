package dev.consultor.engine.deliberation;

import dev.consultor.engine.Usage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what each stage spent per advisor, as calls finish. Thread-safe. */
public final class Ledger {
    private final Map<String, Usage> byStageAndAdvisor = new LinkedHashMap<>();

    public synchronized void add(String stage, String advisor, Usage usage) {
        byStageAndAdvisor.merge(stage + "\u0000" + advisor, usage, Usage::plus);
    }

    /** By stage in the order stages first spent, then by advisor in the order advisors first appeared. */
    public synchronized List<StageUsage> entries() {
        var stages = new ArrayList<String>();
        var advisors = new ArrayList<String>();
        var entries = new ArrayList<StageUsage>();
        byStageAndAdvisor.forEach((key, usage) -> {
            int split = key.indexOf('\u0000');
            var entry = new StageUsage(key.substring(0, split), key.substring(split + 1), usage);
            if (!stages.contains(entry.stage())) stages.add(entry.stage());
            if (!advisors.contains(entry.advisor())) advisors.add(entry.advisor());
            entries.add(entry);
        });
        entries.sort(java.util.Comparator.comparingInt((StageUsage e) -> stages.indexOf(e.stage()))
                .thenComparingInt(e -> advisors.indexOf(e.advisor())));
        return List.copyOf(entries);
    }

    public synchronized Usage total() {
        return byStageAndAdvisor.values().stream().reduce(Usage.NONE, Usage::plus);
    }

    public synchronized Usage stage(String stage) {
        return entries().stream()
                .filter(e -> e.stage().equals(stage))
                .map(StageUsage::usage)
                .reduce(Usage.NONE, Usage::plus);
    }
}
