package dev.consultor.app;

/** The process exit codes of {@code consultor}, documented in the help and the README. */
final class ExitCode {
    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int USAGE = 2;
    static final int INVALID_INPUT = 3;
    static final int DATA_FILE = 4;
    static final int ANALYSIS_FAILED = 5;
    static final int ANALYSIS_DEGRADED = 6;

    private ExitCode() {}
}
