package dev.consultor.engine.model;

import java.util.function.Consumer;

/**
 * The one port to a language model. The engine renders every request as text (system text, ordered context
 * blocks, the JSON schema of the expected answer), so a hosted model needs nothing else; it also attaches the
 * typed {@link Intent} the text was rendered from, which the offline playbook model reads instead of the prose.
 *
 * <p>Implementations are thread-safe: the engine calls them concurrently from virtual threads, and interrupts
 * the calling thread when a call times out or the consultation is cancelled.
 */
public interface LanguageModel {

    /** Which model this is, for usage accounting and for labelling its output. */
    ModelInfo info();

    /**
     * Answers one request.
     *
     * @throws ModelException when the model cannot answer; its {@link ModelException#kind()} says why
     * @throws InterruptedException when the calling thread is interrupted (timeout or cancellation)
     */
    Completion complete(ModelRequest request) throws InterruptedException;

    /**
     * Answers one request, passing text as it is generated to {@code onDelta}. Models that do not stream call
     * it never, or once with the whole answer.
     */
    default Completion complete(ModelRequest request, Consumer<String> onDelta) throws InterruptedException {
        return complete(request);
    }
}
