package dev.consultor.engine.deliberation;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.PastConsultation;
import java.time.LocalDate;
import java.util.List;

/** Earlier consultations of one tenant, for history scoring (the brief is B2B falling sales of 2026-03-02). */
public final class HistoryFixtures {
    private HistoryFixtures() {}

    public static final List<PastConsultation> HISTORY = List.of(
            past("p3", "2025-03-01", BusinessType.B2B, List.of("pricing"), "Raised prices 5%", false),
            past(
                    "p1",
                    "2026-01-10",
                    BusinessType.B2B,
                    List.of("falling-sales", "competition"),
                    "Hired two SDRs",
                    false),
            past("failed", "2026-02-20", BusinessType.B2B, List.of("falling-sales", "competition"), "n/a", true),
            past("p2", "2025-11-01", BusinessType.B2C, List.of("falling-sales"), "Cut paid media", false),
            past("p4", "2023-01-01", BusinessType.B2B, List.of(), "Opened an office", false),
            past("unrelated", "2026-02-01", BusinessType.RETAIL, List.of("hiring"), "Hired a COO", false),
            past("future", "2026-06-01", BusinessType.B2B, List.of("falling-sales"), "Not yet", false));

    static PastConsultation past(
            String id, String date, BusinessType type, List<String> themes, String decision, boolean failed) {
        return new PastConsultation(id, LocalDate.parse(date), type, themes, "earlier problem", decision, failed);
    }
}
