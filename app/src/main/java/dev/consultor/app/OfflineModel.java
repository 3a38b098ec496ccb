package dev.consultor.app;

import dev.consultor.engine.model.LanguageModel;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;

/** Creates the engine's offline playbook model. */
final class OfflineModel {
    private static final String CLASS_NAME = "dev.consultor.engine.playbook.PlaybookModel";

    private OfflineModel() {}

    static LanguageModel create(Duration latency) {
        try {
            return (LanguageModel)
                    Class.forName(CLASS_NAME).getConstructor(Duration.class).newInstance(latency);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new CliFailure(ExitCode.INTERNAL_ERROR, "the offline playbook engine is missing from this build");
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) throw runtime;
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
