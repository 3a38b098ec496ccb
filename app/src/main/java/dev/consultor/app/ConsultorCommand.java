package dev.consultor.app;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

@Command(
        name = "consultor",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "A board of five advisors for founders and executives of small and mid-size companies.",
            "By default the built-in offline playbook engine answers: deterministic, no network, not AI."
        },
        commandListHeading = "%nCommands:%n",
        footer = {"", "Run 'consultor analyze --help' for the options and exit codes."})
final class ConsultorCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "no command given; to analyse a problem run 'consultor analyze', to start the server 'consultor serve'");
    }

    /** The whole command line, wired to an environment and to one-line error reporting. */
    static CommandLine commandLine(Environment environment, PrintWriter out, PrintWriter err) {
        var commandLine = new CommandLine(new ConsultorCommand())
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand(new AnalyzeCommand(environment))
                .addSubcommand(new ServeCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler(ConsultorCommand::usageError);
        commandLine.setExecutionExceptionHandler(ConsultorCommand::executionError);
        return commandLine;
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String hint = "";
        if (e instanceof UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            hint = " (did you mean " + unmatched.getSuggestions().get(0) + "?)";
        }
        err.println("consultor: " + Terminal.line(e.getMessage()) + hint);
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCode.USAGE;
    }

    private static int executionError(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof CliFailure failure) {
            err.println("consultor: " + Terminal.line(failure.getMessage()));
            err.flush();
            return failure.exitCode();
        }
        // A bug, not a user error: one line, with the exception type so the report is useful.
        err.println("consultor: internal error: " + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + Terminal.line(e.getMessage())));
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
