package dev.consultor.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Trend;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvProfilerTest {
    private static Path sample(String name) throws URISyntaxException {
        return Path.of(CsvProfilerTest.class.getResource("/data/" + name).toURI());
    }

    @Test
    void profilesSalesOfTheLastSixMonths() throws Exception {
        DataSet sales = CsvProfiler.profile(sample("vendas_ultimos_6_meses.csv"));

        assertThat(sales.rowCount()).isEqualTo(6);
        assertThat(sales.periodColumn()).isEqualTo("mes");
        assertThat(sales.firstPeriod()).isEqualTo("2025-07");
        assertThat(sales.lastPeriod()).isEqualTo("2025-12");
        ColumnProfile total = sales.column("vendas_total").orElseThrow();
        assertThat(total.first()).isEqualTo(850000);
        assertThat(total.last()).isEqualTo(680000);
        assertThat(total.changePct()).isEqualTo(-20.0);
        assertThat(total.min()).isEqualTo(680000);
        assertThat(total.max()).isEqualTo(850000);
        assertThat(total.mean()).isEqualTo(756666.6667);
        assertThat(total.trend()).isEqualTo(Trend.FALLING);
        assertThat(sales.column("vendas_recorrentes").orElseThrow().trend()).isEqualTo(Trend.FLAT);
        assertThat(sales.column("custo_aquisicao").orElseThrow().changePct()).isEqualTo(54.17);
        assertThat(sales.column("custo_aquisicao").orElseThrow().trend()).isEqualTo(Trend.RISING);
    }

    @Test
    void keepsTextColumnsApartFromNumbers() throws Exception {
        DataSet competitors = CsvProfiler.profile(sample("concorrentes_analise.csv"));

        assertThat(competitors.rowCount()).isEqualTo(5);
        assertThat(competitors.periodColumn()).isNull();
        assertThat(competitors.textColumns()).contains("concorrente", "mercado", "principais_diferenciais");
        assertThat(competitors.column("crescimento_anual_pct").orElseThrow().max())
                .isEqualTo(40);
    }

    @Test
    void readsChurnAndExpansionSamples() throws Exception {
        DataSet churn = CsvProfiler.profile(sample("churn_e_suporte_6_meses.csv"));
        assertThat(churn.column("churn_pct").orElseThrow().first()).isEqualTo(5.0);
        assertThat(churn.column("churn_pct").orElseThrow().last()).isEqualTo(8.1);
        assertThat(churn.column("churn_pct").orElseThrow().changePct()).isEqualTo(62.0);
        assertThat(churn.column("nps_medio").orElseThrow().trend()).isEqualTo(Trend.FALLING);

        DataSet customers = CsvProfiler.profile(sample("clientes_brasil_expansao.csv"));
        assertThat(customers.rowCount()).isEqualTo(50);
        assertThat(customers.column("mrr_brl")).isPresent();
        // one row per customer, not in date order: the span runs from the earliest start to the latest
        assertThat(customers.periodColumn()).isEqualTo("data_inicio");
        assertThat(customers.firstPeriod()).isEqualTo("2022-02-14");
        assertThat(customers.lastPeriod()).isEqualTo("2024-04-01");
    }

    @Test
    void readsBrazilianNumbersAndSemicolons() {
        DataSet set = CsvProfiler.profile("br.csv", "mês;receita\n2025-01;\"1.000,50\"\n2025-02;\"2.001,00\"\n");

        assertThat(set.column("receita").orElseThrow().last()).isEqualTo(2001.0);
        assertThat(set.column("receita").orElseThrow().first()).isEqualTo(1000.5);
    }

    @Test
    void rejectsMalformedFilesWithTheLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> CsvProfiler.profile("ragged.csv", "a,b\n1,2\n3\n"))
                .isInstanceOf(InvalidData.class)
                .hasMessage("ragged.csv: row 3 has 1 fields, the header has 2");
        assertThatThrownBy(() -> CsvProfiler.profile("empty.csv", "")).hasMessage("empty.csv: the file is empty");
        assertThatThrownBy(() -> CsvProfiler.profile("header.csv", "a,b\n")).hasMessageContaining("no rows");
        assertThatThrownBy(() -> CsvProfiler.profile("q.csv", "a,b\n\"1,2\n")).hasMessageContaining("never closes");
        assertThatThrownBy(() -> CsvProfiler.profile(dir.resolve("missing.csv")))
                .hasMessage("missing.csv: no such file");
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {(byte) 0xff, 0x00, 0x01, (byte) 0xfe});
        assertThatThrownBy(() -> CsvProfiler.profile(binary)).hasMessage("bin.csv: not a text file");
    }

    @Test
    void profilesBytesInUtf8OrLatin1AndRefusesBinary() {
        byte[] latin = "mês;receita\n2025-01;10\n2025-02;12\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] utf8 = "mês;receita\n2025-01;10\n2025-02;12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(CsvProfiler.profile("latin.csv", latin).periodColumn()).isEqualTo("mês");
        assertThat(CsvProfiler.profile("utf8.csv", utf8).periodColumn()).isEqualTo("mês");
        assertThat(CsvProfiler.profile("utf8.csv", utf8)
                        .column("receita")
                        .orElseThrow()
                        .last())
                .isEqualTo(12.0);
        assertThatThrownBy(() -> CsvProfiler.profile("bin.csv", new byte[] {(byte) 0xff, 0x00, 0x01}))
                .isInstanceOf(InvalidData.class)
                .hasMessage("bin.csv: not a text file");
        assertThatThrownBy(() -> CsvProfiler.profile("big.csv", new byte[CsvProfiler.MAX_BYTES + 1]))
                .hasMessage("big.csv: larger than 5 MB");
    }

    @Test
    void volatileSeriesIsNotCalledATrend() {
        assertThat(CsvProfiler.trend(new double[] {10, 20, 10, 20, 10, 20}, 15)).isEqualTo(Trend.VOLATILE);
        assertThat(CsvProfiler.trend(new double[] {100, 100.5, 100, 100.4}, 100.2))
                .isEqualTo(Trend.FLAT);
    }
}
