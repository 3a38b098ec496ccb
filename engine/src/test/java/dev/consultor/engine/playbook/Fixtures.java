package dev.consultor.engine.playbook;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.data.CsvProfiler;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.report.AgentReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The original system's scenarios and helpers to run them through the real engine with the playbook model. */
final class Fixtures {
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    static final String FALLING_SALES = "Nossas vendas caíram 20% nos últimos 3 meses. O mercado continua aquecido,"
            + " mas nossos concorrentes estão crescendo. Qual pode ser a causa raiz e como devemos responder"
            + " estrategicamente?";

    static final String EUROPE = "Somos um SaaS B2B brasileiro de gestão financeira com 50 clientes no Brasil e"
            + " queremos expandir para a Europa nos próximos 12 meses, começando por Portugal. Temos pouca"
            + " experiência internacional e precisamos entender a regulação (GDPR), o investimento necessário e"
            + " se devemos abrir um escritório local ou vender a partir do Brasil. Como devemos estruturar essa"
            + " expansão?";

    static final String CHURN = "Nosso churn mensal subiu de 5% para 8% nos últimos 6 meses e as reclamações no"
            + " suporte aumentaram muito: o tempo de resposta dobrou e os clientes reclamam de bugs. O que está"
            + " causando a perda de clientes e o que devemos fazer primeiro?";

    static final String FALLING_SALES_EN = "Our sales dropped 20% over the last 3 months. The market is still"
            + " growing, but our competitors are growing faster. What is the root cause and how should we respond?";

    static final String EUROPE_EN = "We are a Brazilian B2B SaaS for financial management with 50 customers in"
            + " Brazil and we want to expand to Europe over the next 12 months, starting with Portugal. We have little"
            + " international experience and need to understand the regulation (GDPR), the investment required and"
            + " whether to open a local office or sell from Brazil. How should we structure this expansion?";

    static final String CHURN_EN = "Our monthly churn rose from 5% to 8% in six months and support complaints"
            + " doubled. What is happening and how do we reverse it?";

    private Fixtures() {}

    static Brief brief(String problem, BusinessType type, Depth depth) {
        return Brief.of(problem, type, depth, AS_OF);
    }

    static DataSet csv(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("test resource " + name + " is missing");
            return CsvProfiler.profile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ConsultationEngine engine() {
        return new ConsultationEngine(Roster.defaults(), new PlaybookModel(Duration.ZERO), EngineSettings.defaults());
    }

    static Consultation run(Brief brief) {
        return engine().run(brief, event -> {});
    }

    /** Every report of a consultation as JSON, in roster order: what must not change between two runs. */
    static String reportsJson(Consultation consultation) {
        return consultation.reports().stream().map(Json::write).collect(Collectors.joining("\n"));
    }

    /** All the prose of a consultation's reports, for looking for words and figures. */
    static String text(Consultation consultation) {
        return consultation.reports().stream().map(Fixtures::text).collect(Collectors.joining("\n"));
    }

    static String text(AgentReport report) {
        return Json.write(report);
    }

    static AgentReport report(Consultation consultation, String advisor) {
        return consultation
                .report(advisor)
                .orElseThrow(() -> new AssertionError(advisor + " did not answer: " + consultation.errors()));
    }

    static List<String> advisors() {
        return List.of("analyst", "commercial", "market", "financial", "reviewer");
    }
}
