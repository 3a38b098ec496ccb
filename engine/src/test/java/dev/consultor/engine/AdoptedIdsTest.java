package dev.consultor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ids an advisor adopts are read from its answer; anything in their place that is not an id is passed over. */
class AdoptedIdsTest {
    @Test
    void stringsAreIdsAndTheRestIsPassedOver() {
        assertThat(AdvisorCall.adopted("{\"adopted\": [\"analyst-1\", 3, \" market-2 \", \"\", null]}"))
                .containsExactly("analyst-1", "market-2");
    }

    @Test
    void anAnswerWithoutAListAdoptsNothing() {
        assertThat(AdvisorCall.adopted("{\"adopted\": \"analyst-1\"}")).isEmpty();
        assertThat(AdvisorCall.adopted("{\"summary\": \"s\"}")).isEmpty();
    }
}
