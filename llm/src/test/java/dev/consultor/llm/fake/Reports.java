package dev.consultor.llm.fake;

/** Answers that satisfy the agent_report schema. */
public final class Reports {
    private Reports() {}

    public static String valid(String advisor) {
        return """
                {"summary":"%s: sales fell 20%% in three months while the market grew; the gap is ours, not the market's.",
                 "hypotheses":[{"statement":"Competitors undercut our price on the core line","confidence":0.6,
                   "evidence":["win rate down","price objections up"]}],
                 "recommendations":[{"title":"Audit lost deals of the last quarter","rationale":"Find where we lose",
                   "stances":["invest","move_fast"],"horizon":"immediate","cost":{"level":"low","amount":5000},
                   "impact":"high","owner":"CRO","confidence":0.7,"evidence":["CRM exports"],"kpi":"Win rate"}],
                 "risks":[{"description":"Price war erodes margin","probability":3,"impact":4,
                   "mitigation":"Set a price floor","owner":"CFO"}],
                 "kpis":[{"name":"Win rate","unit":"%%","baseline":18,"target":25,"deadline_days":90,
                   "direction":"increase"}],
                 "assumptions":["The CRM data is complete"],
                 "budget_ceiling":null}
                """.formatted(advisor);
    }

    /** A report of its own move that also adopts a colleague's recommendation by id. */
    public static String adopting(String advisor, String id) {
        return valid(advisor)
                .replace("Audit lost deals of the last quarter", "Set a price floor for the core line")
                .replace("\"risks\":", "\"adopted\":[\"" + id + "\"],\n \"risks\":");
    }

    /** JSON that parses but is not a report (no summary). */
    public static String invalid() {
        return "{\"hypotheses\":[],\"recommendations\":[]}";
    }
}
