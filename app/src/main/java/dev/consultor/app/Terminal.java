package dev.consultor.app;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a standard stream is an interactive terminal. The {@code consultor} script passes what the shell
 * knows as system properties; without them, Linux's /proc tells, and elsewhere the JDK's console does.
 */
final class Terminal {
    private Terminal() {}

    /**
     * Text for one terminal line: causes that came from a model or a provider may carry escape sequences that
     * move the cursor or recolour the screen, or line breaks that fake further lines, so control and
     * bidirectional-override characters are dropped and line breaks become spaces.
     */
    static String line(String text) {
        return text.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ")
                .replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", "")
                .replaceAll(" {2,}", " ")
                .strip();
    }

    static boolean stdinIsTerminal() {
        return isTerminal(0, "consultor.stdin.tty");
    }

    static boolean stderrIsTerminal() {
        return isTerminal(2, "consultor.stderr.tty");
    }

    private static boolean isTerminal(int fd, String property) {
        String told = System.getProperty(property);
        if (told != null && !told.isBlank()) return Boolean.parseBoolean(told.strip());
        try {
            String target =
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return consoleIsTerminal();
        }
    }

    private static boolean consoleIsTerminal() {
        Console console = System.console();
        if (console == null) return false;
        try {
            // JDK 22+ returns a console even when redirected and says whether it is a terminal.
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
