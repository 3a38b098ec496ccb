package dev.consultor.engine.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BriefTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void detectsPortugueseAndEnglishProblems() {
        assertThat(Language.detect("Nossas vendas caíram 20% nos últimos 3 meses. Qual pode ser a causa raiz?"))
                .isEqualTo(Language.PT_BR);
        assertThat(Language.detect("Our sales fell 20% in the last 3 months. What should we do?"))
                .isEqualTo(Language.EN);
        assertThat(Language.detect("Churn subiu de 5% para 8% ao mês")).isEqualTo(Language.PT_BR);
    }

    @Test
    void acceptsTheSeedsPortugueseDepthsAndEnglishOnes() {
        assertThat(Depth.parse("Padrão")).isEqualTo(Depth.STANDARD);
        assertThat(Depth.parse("padrao")).isEqualTo(Depth.STANDARD);
        assertThat(Depth.parse("Rápida")).isEqualTo(Depth.QUICK);
        assertThat(Depth.parse("PROFUNDA")).isEqualTo(Depth.DEEP);
        assertThat(Depth.parse("deep")).isEqualTo(Depth.DEEP);
        assertThatThrownBy(() -> Depth.parse("medium")).hasMessageContaining("unknown depth 'medium'");
        assertThat(Depth.DEEP.recommendations()).isGreaterThan(Depth.STANDARD.recommendations());
        assertThat(Depth.STANDARD.hypotheses()).isGreaterThan(Depth.QUICK.hypotheses());
    }

    @Test
    void acceptsBusinessTypesInBothLanguages() {
        assertThat(BusinessType.parse("Varejo")).isEqualTo(BusinessType.RETAIL);
        assertThat(BusinessType.parse("Serviços")).isEqualTo(BusinessType.SERVICES);
        assertThat(BusinessType.parse("industria")).isEqualTo(BusinessType.MANUFACTURING);
        assertThat(BusinessType.parse("e-commerce")).isEqualTo(BusinessType.ECOMMERCE);
        assertThat(BusinessType.parse("saas")).isEqualTo(BusinessType.SAAS);
        assertThatThrownBy(() -> BusinessType.parse("crypto")).hasMessageContaining("unknown business type");
    }

    @Test
    void rejectsEmptyShortAndOversizedProblemsNamingTheField() {
        assertThatThrownBy(() -> Brief.of("   \n\t ", BusinessType.B2B, Depth.QUICK, TODAY))
                .isInstanceOfSatisfying(
                        InvalidBrief.class, e -> assertThat(e.field()).isEqualTo("problem"))
                .hasMessage("the problem description is empty");
        assertThatThrownBy(() -> Brief.of("too short", BusinessType.B2B, Depth.QUICK, TODAY))
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> Brief.of("x".repeat(20_001), BusinessType.B2B, Depth.QUICK, TODAY))
                .hasMessageContaining("too long (20001 characters; at most 20000)");
        // counted in characters, not UTF-16 units: 20,000 emoji are allowed
        assertThat(Brief.of("😀".repeat(20_000), BusinessType.B2B, Depth.QUICK, TODAY)
                        .problem())
                .isNotEmpty();
    }

    @Test
    void currencyFollowsTheLanguageUnlessGiven() {
        assertThat(Brief.of("Nossas vendas caíram 20%", BusinessType.B2B, Depth.QUICK, TODAY)
                        .currency())
                .isEqualTo("BRL");
        assertThat(Brief.of("Our sales fell 20% this year", BusinessType.B2B, Depth.QUICK, TODAY)
                        .currency())
                .isEqualTo("USD");
    }
}
