package dev.consultor.app;

import dev.consultor.app.Converters.OutputFormat;
import dev.consultor.engine.Consultation;
import dev.consultor.engine.ConsultationEngine;
import dev.consultor.engine.EngineSettings;
import dev.consultor.engine.ProgressListener;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.InvalidBrief;
import dev.consultor.engine.brief.Language;
import dev.consultor.engine.data.CsvProfiler;
import dev.consultor.engine.data.InvalidData;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.render.ConsultationMarkdown;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Analyse a business problem with the board of five advisors.",
        description = {
            "Asks the board of five advisors (business analyst, commercial strategist, market specialist,"
                    + " financial analyst, executive reviewer) to analyse a business problem, and prints their"
                    + " analysis as Markdown or JSON on standard output.",
            "The problem comes from --problem, --problem-file or standard input. Progress goes to standard error"
                    + " when it is a terminal."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the board answered in full",
            "1:internal error (a bug; please report it)",
            "2:usage error: unknown option, bad option value, no problem given, unavailable model",
            "3:invalid problem: empty, too short (< 10 characters) or too long (> 20,000), or unreadable file",
            "4:data file error: a --data CSV is missing, unreadable or malformed",
            "5:analysis failed: no advisor could answer (the output says why)",
            "6:analysis degraded: some advisors could not answer; the output is partial"
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  consultor analyze -t B2B -p \"Nossas vendas caíram 20%% em 3 meses. Por quê?\"",
            "  consultor analyze -f problem.txt --data sales.csv --format json > out.json",
            "  echo \"Churn rose from 5%% to 8%%. Why?\" | consultor analyze -d quick"
        })
final class AnalyzeCommand implements Callable<Integer> {
    private static final long MAX_LATENCY_MS = 60_000;

    @Spec
    private CommandSpec spec;

    private final Environment environment;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private ProblemSource source = new ProblemSource();

    static final class ProblemSource {
        @Option(
                names = {"-p", "--problem"},
                paramLabel = "TEXT",
                description = "The problem, in Portuguese or English (10 to 20,000 characters).")
        String text;

        @Option(
                names = {"-f", "--problem-file"},
                paramLabel = "FILE",
                description = "Read the problem from a UTF-8 text file ('-' for standard input).")
        Path file;
    }

    @Option(
            names = {"-t", "--business-type"},
            paramLabel = "TYPE",
            defaultValue = "Other",
            converter = Converters.BusinessTypeConverter.class,
            description = "SaaS, B2B, B2C, B2B2C, D2C, Marketplace, E-commerce, Retail (Varejo), Services (Serviços),"
                    + " Manufacturing (Indústria) or Other (Outro). Default: ${DEFAULT-VALUE}.")
    private BusinessType businessType;

    @Option(
            names = {"-d", "--depth"},
            paramLabel = "DEPTH",
            defaultValue = "standard",
            converter = Converters.DepthConverter.class,
            description = "quick, standard or deep (also Rápida, Padrão, Profunda). Default: ${DEFAULT-VALUE}.")
    private Depth depth;

    @Option(
            names = {"-l", "--language"},
            paramLabel = "LANG",
            converter = Converters.LanguageConverter.class,
            description = "pt-BR or en. Default: detected from the problem.")
    private Language language;

    @Option(
            names = "--data",
            paramLabel = "FILE.csv",
            description = "A CSV file whose figures the advisors cite (repeatable; at most 5 MB each).")
    private List<Path> data = new ArrayList<>();

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            converter = Converters.FormatConverter.class,
            description = "markdown or json. Default: ${DEFAULT-VALUE}.")
    private OutputFormat format;

    @Option(
            names = {"-m", "--model"},
            paramLabel = "PROVIDER",
            description = "offline: the built-in playbook engine (deterministic, no network, not AI);"
                    + " anthropic (needs ANTHROPIC_API_KEY); openai: any OpenAI-compatible server at OPENAI_BASE_URL"
                    + " (Ollama, vLLM, llama.cpp, LM Studio, OpenAI). Default: CONSULTOR_LLM_PROVIDER, else offline.")
    private String model;

    @Option(
            names = "--llm-model",
            paramLabel = "NAME",
            description = "The provider's model to use, e.g. claude-sonnet-5-5 or llama3.1."
                    + " Default: CONSULTOR_LLM_MODEL, else the provider's default.")
    private String llmModel;

    @Option(
            names = "--latency-ms",
            paramLabel = "N",
            defaultValue = "0",
            description = "Simulated delay of each offline model call, in milliseconds (0 to 60000)."
                    + " Default: ${DEFAULT-VALUE}.")
    private long latencyMs;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            converter = Converters.DateConverter.class,
            description = "The consultation date (YYYY-MM-DD) deadlines count from. Default: today.")
    private LocalDate asOf;

    @Option(
            names = "--progress",
            negatable = true,
            description = "Print each advisor's progress on standard error. Default: only when it is a terminal.")
    private Boolean progress;

    AnalyzeCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (latencyMs < 0 || latencyMs > MAX_LATENCY_MS) {
            throw new CliFailure(ExitCode.USAGE, "--latency-ms must be between 0 and " + MAX_LATENCY_MS);
        }
        Models.Chosen chosen =
                environment.models().choose(model, llmModel, Duration.ofMillis(latencyMs), environment.variables());
        LanguageModel languageModel = chosen.model();
        Brief brief =
                brief(ProblemText.read(source.text, source.file, environment)).withData(profile(data));
        Roster roster = Roster.defaults();
        var engine = new ConsultationEngine(
                roster, languageModel, EngineSettings.defaults().withPrices(chosen.prices()));
        PrintWriter err = spec.commandLine().getErr();
        for (String unpriced : chosen.unpriced()) {
            warn(
                    err,
                    "warning: no price known for " + unpriced + ", so its calls are costed at USD 0; add it to the"
                            + " file CONSULTOR_PRICES names (" + unpriced
                            + " = input, output, cache write, cache read, in USD"
                            + " per million tokens)");
        }
        ProgressListener listener =
                showProgress() ? new TerminalProgress(err, roster, brief.language()) : ProgressListener.NONE;
        Consultation consultation = engine.run(brief, listener);
        print(consultation, roster);
        return switch (consultation.status()) {
            case COMPLETED -> ExitCode.OK;
            case DEGRADED -> {
                warn(err, "warning: the analysis is partial; some advisors could not answer (see Warnings)");
                yield ExitCode.ANALYSIS_DEGRADED;
            }
            case FAILED -> {
                // Later advisors usually fail for the first one's reason (e.g. the provider is down): lead with it.
                List<String> errors = consultation.errors();
                String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more in the report)" : "";
                warn(err, "analysis failed: " + (errors.isEmpty() ? "no advisor answered" : errors.getFirst()) + more);
                yield ExitCode.ANALYSIS_FAILED;
            }
        };
    }

    private Brief brief(String problem) {
        try {
            Language chosen = language != null ? language : Language.detect(problem);
            LocalDate date = asOf != null ? asOf : environment.today().get();
            return new Brief(problem, businessType, depth, chosen, List.of(), List.of(), date, null);
        } catch (InvalidBrief e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "invalid problem: " + e.getMessage());
        }
    }

    private static List<DataSet> profile(List<Path> files) {
        var sets = new ArrayList<DataSet>();
        for (Path file : files) {
            try {
                sets.add(CsvProfiler.profile(file));
            } catch (InvalidData e) {
                throw new CliFailure(ExitCode.DATA_FILE, "data file error: " + e.getMessage());
            }
        }
        return sets;
    }

    private void print(Consultation consultation, Roster roster) {
        String text = switch (format) {
            case MARKDOWN -> ConsultationMarkdown.render(consultation, roster);
            case JSON -> Json.writePretty(consultation);
        };
        PrintWriter out = spec.commandLine().getOut();
        out.print(text.endsWith("\n") ? text : text + "\n");
        out.flush();
    }

    private boolean showProgress() {
        return progress != null ? progress : environment.stderrIsTerminal();
    }

    private void warn(PrintWriter err, String message) {
        err.println("consultor: " + Terminal.line(message));
        err.flush();
    }
}
