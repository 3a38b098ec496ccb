package dev.consultor.app;

import dev.consultor.engine.model.LanguageModel;
import java.time.Duration;
import java.util.Locale;

/** The language models the CLI can run. Only the offline playbook engine exists so far. */
@FunctionalInterface
interface Models {
    String OFFLINE = "offline";

    /** The offline playbook model, answering after {@code latency} per call. */
    LanguageModel offline(Duration latency);

    static Models builtIn() {
        return OfflineModel::create;
    }

    default LanguageModel named(String name, Duration latency) {
        String provider = name.strip().toLowerCase(Locale.ROOT);
        return switch (provider) {
            case OFFLINE -> offline(latency);
            case "anthropic", "openai" ->
                throw new CliFailure(
                        ExitCode.USAGE,
                        "model provider '" + name + "' is not available yet: this version runs only the offline"
                                + " playbook engine (--model offline); the anthropic and openai providers come in a"
                                + " later release");
            default ->
                throw new CliFailure(
                        ExitCode.USAGE,
                        "unknown model provider '" + name + "': use --model offline (anthropic and openai come in a"
                                + " later release)");
        };
    }
}
