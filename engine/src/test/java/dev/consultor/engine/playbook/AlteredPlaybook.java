package dev.consultor.engine.playbook;

import dev.consultor.engine.model.Completion;
import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.model.ModelInfo;
import dev.consultor.engine.model.ModelRequest;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The offline model seen through a change, for tests that need a model departing from it: each request may be
 * rewritten before the playbook answers it, and each answer looked at or rewritten after.
 */
public final class AlteredPlaybook implements LanguageModel {
    private final PlaybookModel playbook = new PlaybookModel();
    private final UnaryOperator<ModelRequest> before;
    private final BiFunction<ModelRequest, Completion, Completion> after;

    private AlteredPlaybook(
            UnaryOperator<ModelRequest> before, BiFunction<ModelRequest, Completion, Completion> after) {
        this.before = before;
        this.after = after;
    }

    /** The playbook asked what {@code before} makes of each request. */
    public static AlteredPlaybook asking(UnaryOperator<ModelRequest> before) {
        return new AlteredPlaybook(before, (request, answer) -> answer);
    }

    /** The playbook's answers, as {@code after} makes of each of them given its request. */
    public static AlteredPlaybook answering(BiFunction<ModelRequest, Completion, Completion> after) {
        return new AlteredPlaybook(UnaryOperator.identity(), after);
    }

    @Override
    public ModelInfo info() {
        return playbook.info();
    }

    @Override
    public Completion complete(ModelRequest request) throws InterruptedException {
        ModelRequest asked = before.apply(request);
        return after.apply(asked, playbook.complete(asked));
    }
}
