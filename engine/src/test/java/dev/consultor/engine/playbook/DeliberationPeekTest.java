package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.render.DeliberationMarkdown;
import org.junit.jupiter.api.Test;

class DeliberationPeekTest {
    @Test
    void print() {
        if (System.getProperty("peek") == null) return;
        Depth depth = Depth.valueOf(System.getProperty("depth", "STANDARD"));
        var brief = switch (System.getProperty("peek")) {
            case "europe" -> Fixtures.brief(Fixtures.EUROPE, BusinessType.SAAS, depth);
            case "churn" -> Fixtures.brief(Fixtures.CHURN, BusinessType.SAAS, depth);
            case "en" -> Fixtures.brief(Fixtures.FALLING_SALES_EN, BusinessType.B2B, depth);
            default -> Fixtures.brief(Fixtures.FALLING_SALES, BusinessType.B2B, depth);
        };
        var c = Fixtures.run(brief);
        System.out.println("ERRORS " + c.errors());
        System.out.println(DeliberationMarkdown.render(c));
    }
}
