package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.json.Json;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        String which = System.getProperty("scenario", "sales");
        var brief = switch (which) {
            case "europe" -> Fixtures.brief(Fixtures.EUROPE, BusinessType.SAAS, Depth.STANDARD);
            case "churn" ->
                Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, Depth.STANDARD)
                        .withData(java.util.List.of(Fixtures.csv("churn_e_suporte_6_meses.csv")));
            case "en" -> Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, Depth.STANDARD);
            case "custom" ->
                Fixtures.brief(
                        System.getProperty("problem"),
                        BusinessType.parse(System.getProperty("type", "B2B")),
                        Depth.STANDARD);
            default ->
                Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD)
                        .withData(java.util.List.of(Fixtures.csv("vendas_ultimos_6_meses.csv")));
        };
        var engine = Fixtures.engine();
        long[] times = new long[40];
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            engine.run(brief, e -> {});
            times[i] = (System.nanoTime() - t) / 1000;
        }
        java.util.Arrays.sort(times);
        System.out.println("MEDIAN us " + times[times.length / 2] + " first/max " + times[times.length - 1]);
        var c = Fixtures.run(brief);
        System.out.println("ERRORS " + c.errors());
        for (var r : c.reports()) System.out.println(Json.writePretty(r));
    }
}
