package dev.consultor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The ids an advisor adopts are read from its answer; anything in their place that is not an id is passed over. */
class AdoptedIdsTest {
    private static JsonNode tree(String json) {
        return Json.mapper().readTree(json);
    }

    @Test
    void stringsAreIdsAndTheRestIsPassedOver() {
        assertThat(AdvisorCall.adopted(tree("{\"adopted\": [\"analyst-1\", 3, \" market-2 \", \"\", null]}")))
                .containsExactly("analyst-1", "market-2");
    }

    @Test
    void anAnswerWithoutAListAdoptsNothing() {
        assertThat(AdvisorCall.adopted(tree("{\"adopted\": \"analyst-1\"}"))).isEmpty();
        assertThat(AdvisorCall.adopted(tree("{\"summary\": \"s\"}"))).isEmpty();
    }
}
