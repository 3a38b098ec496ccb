package dev.consultor.engine.deliberation;

import dev.consultor.engine.advisor.BriefText;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.json.Json;
import dev.consultor.engine.model.ContextBlock;
import dev.consultor.engine.model.Intent;
import dev.consultor.engine.model.ModelRequest;
import dev.consultor.engine.model.ResponseSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the deliberation stages' requests: the instructions for the stage in the brief's language, the brief
 * as the shared cacheable prefix, then the intent's own content as compact JSON (exact ids and numbers matter
 * more here than prose), and the JSON schema of the answer.
 */
public final class Requests {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Requests() {}

    /**
     * @param prompt the template name under {@code prompts/<language>/} and {@code schemas/}, e.g. "debate"
     * @param payload what the model needs besides the brief (usually the intent without its brief)
     * @param roster where the speaking advisor's persona comes from
     */
    public static ModelRequest of(
            String role,
            String stage,
            String prompt,
            Brief brief,
            Object payload,
            Intent intent,
            int maxTokens,
            Roster roster) {
        // The advisor speaks in its own persona, as in its analysis; the stage's instructions follow.
        String instructions = text("prompts/" + brief.language().tag() + "/" + prompt + ".md");
        String system = roster.find(role)
                .map(a -> a.persona(brief.language()) + "\n\n" + instructions)
                .orElse(instructions);
        var blocks = List.of(
                new ContextBlock("brief", BriefText.problem(brief), true),
                new ContextBlock(stage, Json.write(payload), false));
        return new ModelRequest(
                role,
                stage,
                system,
                blocks,
                new ResponseSchema(prompt.replace('-', '_'), text("schemas/" + prompt + ".json")),
                maxTokens,
                intent);
    }

    static String text(String path) {
        return CACHE.computeIfAbsent(path, Requests::load);
    }

    private static String load(String path) {
        try (InputStream in = Requests.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("resource " + path + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
