package dev.consultor.llm;

/** The language-model configuration cannot work; the message says what to set. */
public final class InvalidLlmConfiguration extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidLlmConfiguration(String message) {
        super(message);
    }
}
