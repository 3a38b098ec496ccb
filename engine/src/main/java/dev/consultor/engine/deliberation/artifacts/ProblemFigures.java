package dev.consultor.engine.deliberation.artifacts;

import dev.consultor.engine.deliberation.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a problem states ("20%", "3 meses", "50 clientes", "de 5% para 8%"), and the sentences that
 * state them, so every artifact says which facts it rests on.
 */
public final class ProblemFigures {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern FROM_TO =
            Pattern.compile("(?i)(?:de|from)\\s+(\\d+(?:[.,]\\d+)?)\\s*%\\s+(?:para|to|a)\\s+(\\d+(?:[.,]\\d+)?)\\s*%");

    private ProblemFigures() {}

    /** The problem's sentences that carry numbers, up to about 320 characters; the first sentence if none does. */
    public static String context(String problem) {
        var sentences = new ArrayList<String>();
        Matcher m = SENTENCE.matcher(problem);
        while (m.find()) {
            String s = m.group().strip();
            if (!s.isEmpty()) sentences.add(s);
        }
        var withFigures =
                sentences.stream().filter(s -> DIGIT.matcher(s).find()).toList();
        List<String> chosen =
                withFigures.isEmpty() ? sentences.stream().limit(1).toList() : withFigures;
        var out = new StringBuilder();
        for (String s : chosen) {
            if (out.length() + s.length() > 320 && !out.isEmpty()) break;
            if (!out.isEmpty()) out.append(' ');
            out.append(s);
        }
        String text = out.toString();
        return text.length() <= 360 ? text : text.substring(0, 359) + "…";
    }

    /**
     * The current value of a percentage the problem states as moving "from X% to Y%" right after a word of the
     * metric's name ("churn mensal subiu de 5% para 8%" gives 8 for "Churn mensal"), else null.
     */
    public static Double currentPercent(String problem, String metric) {
        Matcher m = FROM_TO.matcher(problem);
        while (m.find()) {
            String before = Format.fold(problem.substring(Math.max(0, m.start() - 60), m.start()));
            for (String word : Format.fold(metric).split(" ")) {
                if (word.length() >= 4 && before.contains(word))
                    return Double.valueOf(m.group(2).replace(',', '.'));
            }
        }
        return null;
    }
}
