package dev.consultor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CasesTest {

    @Test
    void theSameSeedGeneratesTheSameCases() {
        var first = new ArrayList<Integer>();
        var second = new ArrayList<Integer>();
        Cases.forAll("collect", 50, r -> r.nextInt(), first::add);
        Cases.forAll("collect", 50, r -> r.nextInt(), second::add);
        assertThat(first).isEqualTo(second).doesNotHaveDuplicates();
    }

    @Test
    void aFailureNamesTheCaseAndTheSeedThatReproduceIt() {
        assertThatThrownBy(() -> Cases.forAll(
                        "below ten",
                        500,
                        r -> Cases.between(r, 0, 20),
                        n -> assertThat(n).isLessThan(10)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("below ten fails on case ")
                .hasMessageContaining("-Dcases.seed=" + Cases.SEED);
    }

    @Test
    void aCaseCanBeReplayedFromItsIndex() {
        var values = new ArrayList<Integer>();
        Cases.forAll("collect", 10, r -> r.nextInt(), values::add);
        assertThat(Cases.random(7).nextInt()).isEqualTo(values.get(7));
    }
}
