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
            default ->
                Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, Depth.STANDARD)
                        .withData(java.util.List.of(Fixtures.csv("vendas_ultimos_6_meses.csv")));
        };
        var c = Fixtures.run(brief);
        System.out.println("ERRORS " + c.errors());
        for (var r : c.reports()) System.out.println(Json.writePretty(r));
    }
}
