package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationStatus;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.render.ConsultationMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a founder reads: the whole Markdown document and the JSON of the three scenarios, at every depth, in both
 * languages. No template hole, escaped brace or raw enum name may reach either.
 */
class RenderedTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?[A-Za-z_][A-Za-z0-9_]*}}?");
    private static final Pattern ESCAPED_BRACE = Pattern.compile("\\\\[{}]");
    /** Lower-case words joined by underscores, as an enum constant looks once lower-cased. */
    private static final Pattern PLURAL_HEDGE = Pattern.compile("\\p{L}\\(s\\)");

    private static final Pattern SNAKE_CASE = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b");

    record Scenario(String name, String problem, BusinessType type) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> everyScenarioDepthAndLanguage() {
        var scenarios = List.of(
                new Scenario("sales pt-BR", Fixtures.FALLING_SALES, BusinessType.B2B),
                new Scenario("sales en", Fixtures.FALLING_SALES_EN, BusinessType.B2B),
                new Scenario("europe pt-BR", Fixtures.EUROPE, BusinessType.SAAS),
                new Scenario("europe en", Fixtures.EUROPE_EN, BusinessType.SAAS),
                new Scenario("churn pt-BR", Fixtures.CHURN, BusinessType.SAAS),
                new Scenario("churn en", Fixtures.CHURN_EN, BusinessType.SAAS));
        var args = new ArrayList<Arguments>();
        for (Scenario s : scenarios) for (Depth d : Depth.values()) args.add(Arguments.of(s, d));
        return args.stream();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("everyScenarioDepthAndLanguage")
    void noPlaceholderEscapedBraceOrEnumNameReachesTheReader(Scenario scenario, Depth depth) {
        Consultation c = Fixtures.run(Fixtures.brief(scenario.problem(), scenario.type(), depth));
        assertThat(c.status()).isEqualTo(ConsultationStatus.COMPLETED);
        Language expected = scenario.name().endsWith("en") ? Language.EN : Language.PT_BR;
        assertThat(c.brief().language()).isEqualTo(expected);

        String markdown = ConsultationMarkdown.render(c, Roster.defaults());
        // Markdown escapes underscores ("move\\_fast"); look for the words as the reader sees them.
        String read = markdown.replace("\\_", "_");
        String json = Json.writePretty(c);

        assertThat(matches(PLACEHOLDER, markdown))
                .as("placeholders in the Markdown")
                .isEmpty();
        assertThat(matches(ESCAPED_BRACE, markdown))
                .as("escaped braces in the Markdown")
                .isEmpty();
        assertThat(matches(PLACEHOLDER, json)).as("placeholders in the JSON").isEmpty();
        assertThat(matches(ESCAPED_BRACE, json))
                .as("escaped braces in the JSON")
                .isEmpty();
        assertThat(matches(SNAKE_CASE, read)).as("enum names in the Markdown").isEmpty();
        // Wording a reader trips over: list items ending in ".;", counts written as "proposta(s)".
        assertThat(read).as("a full stop before a semicolon").doesNotContain(".;");
        assertThat(matches(PLURAL_HEDGE, read)).as("hedged plurals").isEmpty();
    }

    /** Each match with a little of the text around it, so a failure shows where the hole is. */
    private static List<String> matches(Pattern pattern, String text) {
        var found = new ArrayList<String>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - 60);
            int to = Math.min(text.length(), m.end() + 20);
            found.add(text.substring(from, to).replace('\n', ' '));
        }
        return found;
    }
}
