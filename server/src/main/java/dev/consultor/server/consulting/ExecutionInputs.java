package dev.consultor.server.consulting;

import dev.consultor.engine.Consultation;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.PastConsultation;
import dev.consultor.engine.data.CsvProfiler;
import dev.consultor.engine.data.InvalidData;
import dev.consultor.engine.deliberation.history.Themes;
import dev.consultor.engine.json.Json;
import dev.consultor.server.consulting.ExecutionRepository.StoredAttachment;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * What grounds an execution besides its problem: the profiles of attached CSV files and summaries of the
 * tenant's earlier consultations. Both are fixed when the execution is submitted and stored as the engine's
 * JSON, so a run resumed on any node builds the same brief.
 */
final class ExecutionInputs {
    static final String FIELD = "files";
    static final int MAX_FILES = 5;
    static final long MAX_FILE_BYTES = 1024 * 1024;
    /** Wider files are refused: every column becomes facts the advisors read. */
    static final int MAX_COLUMNS = 200;

    static final int MAX_FILE_NAME_CHARS = 200;
    /** Earlier consultations offered to the engine, which keeps the few most relevant. */
    static final int HISTORY_SIZE = 20;
    /** An earlier problem is kept at this length; its themes are read from the whole text first. */
    static final int PAST_PROBLEM_CHARS = 500;

    private ExecutionInputs() {}

    /** A file as received; its bytes are read only once its size is known to be within the limit. */
    interface Upload {
        String originalName();

        long size();

        byte[] bytes() throws IOException;
    }

    /**
     * Profiles the files in the order given. What is wrong with them is added to {@code errors}, naming
     * the file and why; the profiles of the files that are right are returned.
     */
    static List<DataSet> profile(List<? extends Upload> uploads, List<FieldError> errors) {
        if (uploads.size() > MAX_FILES) {
            errors.add(new FieldError(
                    FIELD, "at most " + MAX_FILES + " files can be attached (" + uploads.size() + " were sent)"));
            return List.of();
        }
        List<DataSet> profiles = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            String name = fileName(upload.originalName(), i);
            if (upload.size() > MAX_FILE_BYTES) {
                // Only when the multipart limits are set above this one, which refuse such files first (413).
                errors.add(new FieldError(
                        FIELD,
                        name + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB; at most " + MAX_FILES
                                + " CSV files of at most 1 MB each can be attached"));
                continue;
            }
            if (!names.add(name)) {
                errors.add(new FieldError(FIELD, name + ": two files have this name; rename one of them"));
                continue;
            }
            if (upload.size() == 0) {
                errors.add(new FieldError(FIELD, name + ": the file is empty"));
                continue;
            }
            try {
                DataSet profile = CsvProfiler.profile(name, upload.bytes());
                if (columns(profile) > MAX_COLUMNS) {
                    errors.add(
                            new FieldError(FIELD, name + ": " + columns(profile) + " columns; at most " + MAX_COLUMNS));
                    continue;
                }
                profiles.add(profile);
            } catch (InvalidData e) {
                errors.add(new FieldError(FIELD, e.getMessage()));
            } catch (IOException e) {
                errors.add(new FieldError(FIELD, name + ": the upload could not be read"));
            }
        }
        return profiles;
    }

    /** The last segment of the name the client gave, without control characters; a stand-in when none. */
    static String fileName(String original, int index) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .limit(MAX_FILE_NAME_CHARS)
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        return stripped.isEmpty() ? "file-" + (index + 1) + ".csv" : stripped;
    }

    static int columns(DataSet profile) {
        return profile.columns().size() + profile.textColumns().size() + (profile.periodColumn() == null ? 0 : 1);
    }

    static StoredAttachment stored(DataSet profile) {
        return new StoredAttachment(profile.name(), profile.rowCount(), columns(profile), Json.write(profile));
    }

    static DataSet profileOf(StoredAttachment attachment) {
        return Json.read(attachment.profile(), DataSet.class);
    }

    /**
     * An earlier execution as the engine weighs it: its date, business type, themes, problem and the
     * first decision the board took.
     */
    static PastConsultation summary(ExecutionRepository.Finished past) {
        String problem = past.problemDescription();
        return new PastConsultation(
                past.id(),
                past.createdAt().atZone(ZoneOffset.UTC).toLocalDate(),
                past.businessType(),
                List.copyOf(Themes.of(problem)),
                abbreviate(problem),
                past.decisionTitle() != null ? past.decisionTitle() : decision(past.result()),
                false);
    }

    /** The board's first decision, kept with the execution for the history of later ones. */
    static String decisionOf(Consultation consultation) {
        var decisions = consultation.deliberation() == null
                ? List.<dev.consultor.engine.deliberation.meeting.Decision>of()
                : consultation.deliberation().decisions();
        return decisions.isEmpty() ? "" : decisions.getFirst().title();
    }

    static String write(PastConsultation summary) {
        return Json.write(summary);
    }

    static PastConsultation pastOf(String summary) {
        return Json.read(summary, PastConsultation.class);
    }

    /** Read from the tree, so a consultation stored by an older version still yields its decision. */
    private static String decision(String result) {
        if (result == null) {
            return "";
        }
        try {
            JsonNode decisions =
                    Json.mapper().readTree(result).path("deliberation").path("decisions");
            return decisions.isArray() && !decisions.isEmpty()
                    ? decisions.get(0).path("title").asString("")
                    : "";
        } catch (JacksonException e) {
            return "";
        }
    }

    private static String abbreviate(String text) {
        if (text.codePointCount(0, text.length()) <= PAST_PROBLEM_CHARS) {
            return text;
        }
        int end = text.offsetByCodePoints(0, PAST_PROBLEM_CHARS);
        int space = text.lastIndexOf(' ', end);
        return text.substring(0, space > PAST_PROBLEM_CHARS / 2 ? space : end).strip() + "…";
    }
}
