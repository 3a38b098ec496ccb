package dev.consultor.app;

import dev.consultor.engine.model.LanguageModel;
import dev.consultor.engine.playbook.PlaybookModel;
import java.time.Duration;

/** Creates the engine's offline playbook model, the CLI's default. */
final class OfflineModel {
    private OfflineModel() {}

    static LanguageModel create(Duration latency) {
        return new PlaybookModel(latency);
    }
}
