package dev.consultor.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code consultor} executable. Writes UTF-8 whatever the platform's default charset. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        var out = utf8(FileDescriptor.out);
        var err = utf8(FileDescriptor.err);
        int exitCode =
                ConsultorCommand.commandLine(Environment.system(), out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    private static PrintWriter utf8(FileDescriptor descriptor) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8));
    }
}
