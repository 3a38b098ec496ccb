package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.report.Stance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The curated knowledge base is data; these checks keep it complete and consistent as it grows. */
class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.get();

    /** Every value a template may ask for; a misspelt placeholder would silently drop its variant. */
    private static final Set<String> KNOWN = Set.of(
            "customers",
            "revenue",
            "ticket",
            "cac",
            "retention",
            "funnel",
            "cycle",
            "team",
            "channel",
            "offer",
            "leads",
            "sector",
            "business_type",
            "situation",
            "situation2",
            "problem_quote",
            "revenue_base",
            "pct",
            "pct_from",
            "pct_to",
            "pp_delta",
            "rel_change",
            "rise_from",
            "rise_to",
            "rise_rel",
            "annual_loss",
            "customer_life",
            "period",
            "period_days",
            "count",
            "customer_count",
            "amount",
            "quarter",
            "region",
            "in_region",
            "to_region",
            "the_region",
            "data_fact",
            "data_fact2",
            "data_file",
            "cost",
            "analyst_top",
            "analyst_confidence",
            "commercial_top",
            "commercial_top_id",
            "commercial_total",
            "market_top",
            "market_top_id",
            "financial_top",
            "financial_top_id",
            "ceiling",
            "ceiling_share",
            "decision_kpi",
            "past_date",
            "past_id",
            "past_decision",
            "past_problem",
            "advisor_name",
            "reason",
            "confidence",
            "column",
            "file",
            "rows",
            "first",
            "last",
            "min",
            "max",
            "mean",
            "change",
            "from_period",
            "to_period",
            "total");

    @Test
    void coversAtLeastTenSituationsBesidesTheGeneralPlaybook() {
        assertThat(KB.situations()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(KB.situations())
                .extracting(Situation::id)
                .contains(
                        "falling-sales",
                        "rising-churn",
                        "cash-squeeze",
                        "margin-pressure",
                        "international-expansion",
                        "pricing-change",
                        "new-product-launch",
                        "competitive-attack",
                        "scaling-operations",
                        "fundraising");
    }

    @Test
    void everySituationSpeaksForEveryAdvisorAndHasRisksAndKpis() {
        for (Situation s : KB.situations()) {
            assertThat(s.signals()).as(s.id()).isNotEmpty();
            assertThat(s.roles().keySet()).as(s.id()).containsAll(Board.SEATS);
            assertThat(s.role("analyst").hypotheses()).as(s.id()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(s.role("commercial").recommendations()).as(s.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.role("financial").recommendations()).as(s.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.risks()).as(s.id()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(s.kpis()).as(s.id()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theGeneralPlaybookCanFillTheDeepestQuotaAlone() {
        Situation general = KB.general();
        for (String advisor : Board.SEATS) {
            assertThat(general.role(advisor).hypotheses())
                    .as(advisor)
                    .hasSizeGreaterThanOrEqualTo(Depth.DEEP.hypotheses());
            assertThat(general.role(advisor).recommendations())
                    .as(advisor)
                    .hasSizeGreaterThanOrEqualTo(Depth.DEEP.recommendations());
        }
        assertThat(general.risks()).hasSizeGreaterThanOrEqualTo(Depth.DEEP.risks());
        assertThat(general.kpis().stream().filter(k -> !k.needsBaseline()))
                .hasSizeGreaterThanOrEqualTo(Depth.DEEP.kpis());
    }

    @Test
    void theCommercialStrategistAlwaysInvestsAndTheFinancialAnalystNever() {
        for (Situation s :
                Stream.concat(KB.situations().stream(), Stream.of(KB.general())).toList()) {
            assertThat(s.role("commercial").recommendations()).as(s.id()).allSatisfy(r -> {
                assertThat(r.stances()).contains(Stance.INVEST);
                assertThat(r.cost().share()).isPositive();
            });
            assertThat(s.role("financial").recommendations())
                    .as(s.id())
                    .flatExtracting(Situation.RecommendationItem::stances)
                    .doesNotContain(Stance.INVEST, Stance.GROWTH, Stance.MOVE_FAST, Stance.AGGRESSIVE);
        }
    }

    @Test
    void everyRecommendationTakesAtMostOneStancePerDimension() {
        for (Situation s :
                Stream.concat(KB.situations().stream(), Stream.of(KB.general())).toList()) {
            for (Situation.Role role : s.roles().values()) {
                for (Situation.RecommendationItem r : role.recommendations()) {
                    assertThat(r.stances().stream()
                                    .map(Stance::dimension)
                                    .distinct()
                                    .count())
                            .as(s.id() + ": " + r.title().get(0).pt())
                            .isEqualTo(r.stances().size());
                }
            }
        }
    }

    @Test
    void everyTextIsWrittenInBothLanguagesWithTheSamePlaceholders() {
        var problems = new ArrayList<String>();
        for (String resource : resources()) {
            walk(read(resource), resource, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyItemCanBeWrittenForABriefWithoutAnyFigure() {
        for (Language language : Language.values()) {
            Brief bare = new Brief(
                    "Preciso de uma visão geral da empresa.",
                    BusinessType.OTHER,
                    Depth.STANDARD,
                    language,
                    List.of(),
                    List.of(),
                    Fixtures.AS_OF,
                    null);
            Reading reading = Reading.of(bare, KB);
            var items = new Items(reading, reading.vars());
            for (Situation s : Stream.concat(KB.situations().stream(), Stream.of(KB.general()))
                    .toList()) {
                for (var role : s.roles().entrySet()) {
                    String where = s.id() + "/" + role.getKey() + " " + language;
                    assertThat(items.text(role.getValue().summary()))
                            .as(where + " summary")
                            .isPresent();
                    for (var h : role.getValue().hypotheses()) {
                        assertThat(items.text(h.statement()))
                                .as(where + " " + h.statement().get(0).pt())
                                .isPresent();
                    }
                    for (var r : role.getValue().recommendations()) {
                        assertThat(items.recommendation(r))
                                .as(where + " " + r.title().get(0).pt())
                                .isPresent();
                    }
                }
                for (var r : s.risks()) {
                    assertThat(items.text(r.description()))
                            .as(s.id() + " " + r.description().get(0).pt())
                            .isPresent();
                }
            }
        }
    }

    private static void walk(JsonNode node, String path, List<String> problems) {
        if (node.isObject() && node.has("pt") && node.has("en") && node.size() == 2) {
            String pt = node.get("pt").asString();
            String en = node.get("en").asString();
            if (pt.isBlank() || en.isBlank()) problems.add(path + ": empty text");
            var ptVars = Template.placeholders(pt).stream()
                    .map(KnowledgeBaseTest::regionForm)
                    .collect(Collectors.toSet());
            var enVars = Template.placeholders(en).stream()
                    .map(KnowledgeBaseTest::regionForm)
                    .collect(Collectors.toSet());
            for (String v : Template.placeholders(pt + en)) {
                if (!KNOWN.contains(v)) problems.add(path + ": unknown placeholder {" + v + "}");
            }
            if (!ptVars.equals(enVars)) problems.add(path + ": placeholders differ " + ptVars + " / " + enVars);
            return;
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) walk(node.get(name), path + "." + name, problems);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), path + "[" + i + "]", problems);
        }
    }

    /** Languages attach prepositions differently ("entrar na Europa", "enter Europe"): any region form will do. */
    private static String regionForm(String placeholder) {
        return placeholder.endsWith("region") ? "region" : placeholder;
    }

    private static List<String> resources() {
        var list = new ArrayList<>(List.of("phrases.json", "business-types.json", "words.json"));
        for (JsonNode id : read("situations/index.json")) list.add("situations/" + id.asString() + ".json");
        return list;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(resource)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
