package dev.consultor.engine.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import org.junit.jupiter.api.Test;

/** The same situation is worded, and partly reasoned, in the terms of the business it happens to. */
class AdaptationTest {
    private static final String PROBLEM = "Nossas vendas caíram 15% no último trimestre e não sabemos por quê.";

    @Test
    void aSaasCompanyHearsAboutMrrAndItsPipeline() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(PROBLEM, BusinessType.SAAS, Depth.DEEP)));

        assertThat(text).contains("MRR", "pipeline de oportunidades", "ciclo de vendas");
        assertThat(text).doesNotContain("fluxo e conversão");
    }

    @Test
    void aRetailerHearsAboutFootfallAndTicket() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(PROBLEM, BusinessType.RETAIL, Depth.DEEP)));

        assertThat(text).contains("funil da loja (fluxo e conversão)", "ticket médio", "ruptura de estoque");
        assertThat(text).doesNotContain("MRR", "ciclo de vendas");
    }

    @Test
    void aB2bCompanyHearsAboutItsSalesCycle() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(PROBLEM, BusinessType.B2B, Depth.DEEP)));

        assertThat(text).contains("pipeline comercial", "ciclo de vendas se alongou", "ticket médio por contrato");
        assertThat(text).doesNotContain("ruptura de estoque");
    }

    @Test
    void anOnlineStoreHearsAboutMediaCosts() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(PROBLEM, BusinessType.ECOMMERCE, Depth.DEEP)));

        assertThat(text).contains("mídia paga", "funil do site");
    }

    @Test
    void aBusinessOfNoParticularKindIsNotCalledOther() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(Fixtures.EUROPE, BusinessType.OTHER, Depth.DEEP)));

        assertThat(text).doesNotContain("Outro", "de Outro", "em Outro");
    }

    @Test
    void theSectorIsNamedInItsOwnWords() {
        String text = Fixtures.text(Fixtures.run(Fixtures.brief(PROBLEM, BusinessType.RETAIL, Depth.DEEP)));

        assertThat(text).contains("setor de varejo").doesNotContain("Varejo");
    }
}
