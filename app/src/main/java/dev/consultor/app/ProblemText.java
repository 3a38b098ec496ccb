package dev.consultor.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads the problem from an option, a file or standard input. Its content is validated by the brief. */
final class ProblemText {
    /** Far above the brief's limit; only here so a wrong file does not fill the memory before it is rejected. */
    private static final int MAX_BYTES = 1024 * 1024;

    private ProblemText() {}

    static String read(String text, Path file, Environment environment) {
        if (text != null) return checkArgumentEncoding(text);
        if (file != null && !file.toString().equals("-")) return fromFile(file);
        if (file == null && environment.stdinIsTerminal()) {
            throw new CliFailure(
                    ExitCode.USAGE,
                    "no problem given: pass --problem TEXT or --problem-file FILE, or pipe the text on standard"
                            + " input");
        }
        return fromStream(environment.stdin());
    }

    /**
     * The JVM decodes arguments in the locale's charset; under a non-UTF-8 locale (the C locale of many containers)
     * accented letters arrive as replacement characters, and analysing the damaged text would be worse than
     * refusing it.
     */
    private static String checkArgumentEncoding(String text) {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (text.indexOf('\uFFFD') >= 0 && !encoding.equalsIgnoreCase("UTF-8")) {
            throw new CliFailure(
                    ExitCode.INVALID_INPUT,
                    "the --problem text arrived damaged because the terminal's locale is " + encoding
                            + ", not UTF-8: set LANG=C.UTF-8, or pass the problem with --problem-file or standard"
                            + " input");
        }
        return text;
    }

    private static String fromFile(Path file) {
        try {
            if (Files.isDirectory(file)) throw failure(file, "it is a directory");
            if (Files.size(file) > MAX_BYTES) throw failure(file, "it is larger than 1 MB");
            return decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw failure(file, "no such file");
        } catch (IOException e) {
            throw failure(file, e.getMessage());
        }
    }

    private static String fromStream(InputStream in) {
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "the problem on standard input is larger than 1 MB");
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new CliFailure(
                    ExitCode.INVALID_INPUT, "cannot read the problem from standard input: " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Text saved by older Windows editors in Brazil is often Latin-1, where every byte is a character.
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static CliFailure failure(Path file, String why) {
        return new CliFailure(ExitCode.INVALID_INPUT, "cannot read the problem file '" + file + "': " + why);
    }
}
