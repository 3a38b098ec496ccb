package dev.consultor.bench.tokens;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import java.time.LocalDate;
import java.util.List;

/**
 * The three scenarios of the original system, with the words the sample reports use for each.
 *
 * @param topics short phrases the sample reports build their sentences from
 */
record Scenario(int number, String title, String problem, BusinessType businessType, List<String> topics) {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 2);

    Brief brief() {
        return Brief.of(problem, businessType, Depth.STANDARD, AS_OF);
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario(
                        1,
                        "Vendas caíram 20% com o mercado aquecido",
                        "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido, mas nossos"
                                + " concorrentes estão crescendo. Qual pode ser a causa raiz e como devemos responder"
                                + " estrategicamente?",
                        BusinessType.SAAS,
                        List.of(
                                "taxa de conversão do funil",
                                "preço frente aos concorrentes",
                                "produtividade do time comercial",
                                "proposta de valor percebida")),
                new Scenario(
                        2,
                        "Expansão europeia de um SaaS B2B",
                        "Somos um SaaS B2B com 50 clientes no Brasil e receita recorrente estável. Queremos expandir"
                                + " para a Europa nos próximos 12 meses. Por qual país começar, com que modelo de entrada"
                                + " e quanto investir sem comprometer a operação brasileira?",
                        BusinessType.SAAS,
                        List.of(
                                "escolha do primeiro país",
                                "conformidade com a LGPD e o GDPR",
                                "custo de aquisição no exterior",
                                "parcerias locais de distribuição")),
                new Scenario(
                        3,
                        "Churn mensal subiu de 5% para 8%",
                        "Nosso churn mensal subiu de 5% para 8% nos últimos quatro meses, e as reclamações no suporte"
                                + " aumentaram, principalmente sobre tempo de resposta e falhas após a última versão."
                                + " Como estancar a perda de clientes e recuperar a confiança?",
                        BusinessType.SAAS,
                        List.of(
                                "tempo de primeira resposta do suporte",
                                "qualidade da última versão",
                                "onboarding de novos clientes",
                                "saúde da base por coorte")));
    }
}
