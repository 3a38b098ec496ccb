package dev.consultor.server.consulting;

import dev.consultor.engine.brief.Brief;
import dev.consultor.engine.brief.BusinessType;
import dev.consultor.engine.brief.Depth;
import dev.consultor.engine.brief.Language;
import dev.consultor.server.consulting.ExecutionExceptions.InvalidExecutionRequest;
import dev.consultor.server.shared.InvalidInput.FieldError;
import java.util.ArrayList;
import java.util.List;

/** The body of {@code POST /api/v1/executions} (or its {@code request} part), as sent: every rule is checked at once by {@link #validate}. */
record ExecutionRequest(String problemDescription, String businessType, String analysisDepth, String language) {
    record Valid(String problem, BusinessType businessType, Depth depth, Language language) {}

    Valid validate() {
        return validate(List.of());
    }

    /** Reports {@code alsoWrong} (what is wrong with the attached files, say) with this body's own errors. */
    Valid validate(List<FieldError> alsoWrong) {
        List<FieldError> errors = new ArrayList<>();
        String problem = problemDescription == null ? null : problemDescription.strip();
        if (problem == null || problem.isEmpty()) {
            errors.add(new FieldError("problem_description", "must not be blank"));
        } else {
            int length = problem.codePointCount(0, problem.length());
            if (length < Brief.MIN_PROBLEM_CHARS || length > Brief.MAX_PROBLEM_CHARS) {
                errors.add(new FieldError(
                        "problem_description",
                        "must have between " + Brief.MIN_PROBLEM_CHARS + " and " + Brief.MAX_PROBLEM_CHARS
                                + " characters after trimming (has " + length + ")"));
            }
        }
        BusinessType type = parse(errors, "business_type", businessType, BusinessType::parse, true);
        Depth depth = parse(errors, "analysis_depth", analysisDepth, Depth::parse, true);
        Language lang = parse(errors, "language", language, Language::parse, false);
        errors.addAll(alsoWrong);
        if (!errors.isEmpty()) {
            throw new InvalidExecutionRequest(errors);
        }
        return new Valid(problem, type, depth, lang == null ? Language.detect(problem) : lang);
    }

    private static <T> T parse(
            List<FieldError> errors,
            String field,
            String value,
            java.util.function.Function<String, T> parser,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }
}
