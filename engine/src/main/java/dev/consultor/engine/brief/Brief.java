package dev.consultor.engine.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the board is asked: the problem in the user's words, the kind of business, how deep to go, the
 * language to answer in, facts profiled from attached data and summaries of earlier consultations.
 *
 * @param asOf the consultation date; due dates and review dates are relative to it
 * @param currency ISO code amounts are read and written in
 */
public record Brief(
        String problem,
        BusinessType businessType,
        Depth depth,
        Language language,
        List<DataSet> data,
        List<PastConsultation> history,
        LocalDate asOf,
        String currency) {

    public static final int MIN_PROBLEM_CHARS = 10;
    public static final int MAX_PROBLEM_CHARS = 20_000;

    public Brief {
        Objects.requireNonNull(problem, "problem");
        problem = problem.strip();
        if (problem.isEmpty()) throw new InvalidBrief("problem", "the problem description is empty");
        int length = problem.codePointCount(0, problem.length());
        if (length < MIN_PROBLEM_CHARS) {
            throw new InvalidBrief(
                    "problem",
                    "the problem description is too short (" + length + " characters; at least " + MIN_PROBLEM_CHARS
                            + ")");
        }
        if (length > MAX_PROBLEM_CHARS) {
            throw new InvalidBrief(
                    "problem",
                    "the problem description is too long (" + length + " characters; at most " + MAX_PROBLEM_CHARS
                            + ")");
        }
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(asOf, "asOf");
        data = List.copyOf(data);
        history = List.copyOf(history);
        currency = currency == null || currency.isBlank() ? language.defaultCurrency() : currency;
    }

    /** A brief whose language is detected from the problem. */
    public static Brief of(String problem, BusinessType businessType, Depth depth, LocalDate asOf) {
        return new Brief(problem, businessType, depth, Language.detect(problem), List.of(), List.of(), asOf, null);
    }

    public Brief withData(List<DataSet> newData) {
        return new Brief(problem, businessType, depth, language, newData, history, asOf, currency);
    }

    public Brief withHistory(List<PastConsultation> newHistory) {
        return new Brief(problem, businessType, depth, language, data, newHistory, asOf, currency);
    }

    public Brief withLanguage(Language newLanguage) {
        return new Brief(problem, businessType, depth, newLanguage, data, history, asOf, null);
    }

    public Brief withDepth(Depth newDepth) {
        return new Brief(problem, businessType, newDepth, language, data, history, asOf, currency);
    }
}
