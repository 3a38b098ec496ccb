package dev.consultor.app;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a command needs from the world outside its arguments, so tests can run it in-process.
 *
 * @param stdin where a problem is read from when no option gives one
 * @param stdinIsTerminal true when nobody piped anything in, so reading would wait for typing
 * @param stderrIsTerminal true when someone watches standard error, so live progress is worth printing
 * @param variables the environment variables that configure language-model providers
 */
record Environment(
        InputStream stdin,
        boolean stdinIsTerminal,
        boolean stderrIsTerminal,
        Supplier<LocalDate> today,
        Models models,
        Map<String, String> variables) {

    static Environment system() {
        return new Environment(
                System.in,
                Terminal.stdinIsTerminal(),
                Terminal.stderrIsTerminal(),
                LocalDate::now,
                Models.builtIn(),
                System.getenv());
    }
}
