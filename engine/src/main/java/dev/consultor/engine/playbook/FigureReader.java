package dev.consultor.engine.playbook;

import dev.consultor.engine.brief.Accents;
import dev.consultor.engine.brief.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the figures out of a problem written in Portuguese or English: percentages ("20%", "de 5% para 8%"),
 * periods ("3 meses", "last quarter"), counts ("50 clientes"), amounts ("R$ 2 milhões", "$500k"), quarters ("Q3",
 * "3º trimestre") and regions. It works on folded text (lower case, no accents), so "três" and "tres" read alike.
 */
final class FigureReader {
    private static final String NUM = "(\\d+(?:[.,]\\d+)*)";
    private static final Pattern CHANGE = Pattern.compile(
            "\\b(?:de|from)\\s+" + NUM + "\\s*%?\\s+(?:para|pra|a|to)\\s+" + NUM + "\\s*(?:%|por cento|percent)");
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*(?:%|por cento\\b|percent\\b)");
    private static final Map<String, Integer> WORD_NUMBERS = Map.ofEntries(
            Map.entry("um", 1),
            Map.entry("uma", 1),
            Map.entry("dois", 2),
            Map.entry("duas", 2),
            Map.entry("tres", 3),
            Map.entry("quatro", 4),
            Map.entry("cinco", 5),
            Map.entry("seis", 6),
            Map.entry("nove", 9),
            Map.entry("doze", 12),
            Map.entry("dezoito", 18),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("nine", 9),
            Map.entry("twelve", 12),
            Map.entry("eighteen", 18));
    private static final Pattern PERIOD = Pattern.compile("\\b(\\d{1,3}|um|uma|dois|duas|tres|quatro|cinco|seis|nove"
            + "|doze|dezoito|one|two|three|four|five|six|nine|twelve|eighteen)\\s+(dias?|days?|semanas?|weeks?"
            + "|mes|meses|months?|trimestres?|quarters?|semestres?|anos?|years?)\\b");
    private static final Pattern LAST_PERIOD = Pattern.compile(
            "\\b(?:(?:ultimo|neste|este|no) (trimestre|semestre|mes|ano)|(?:last|this|past) (quarter|month|year))\\b");
    private static final Pattern AMOUNT_BEFORE = Pattern.compile("(r\\$|us\\$|u\\$|\\$|€|eur|usd|brl)\\s?" + NUM
            + "(?:\\s?(mil|milhoes|milhao|mi|mm|bilhoes|bilhao|bi|k|m|mn|b|bn|million|millions|billion|thousand)\\b)?");
    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            NUM
                    + "\\s?(mil|milhoes|milhao|mi|k|m|million|millions|thousand)?\\s+(?:de\\s+)?(reais|dolares|dollars|euros)\\b");
    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\b|\\b([1-4])\\s?[oº°]?\\s+trimestre\\b");
    private static final Pattern REVENUE_WORDS = Pattern.compile(
            "\\b(faturamento|faturamos|faturam|receita|mrr|arr|revenue|revenues|turnover|sales|vendas|vendemos)\\b");
    private static final Pattern ANNUAL_WORDS =
            Pattern.compile("\\b(ano|anual|anuais|por ano|ao ano|arr|annual|annually|a year|per year|yearly)\\b");
    private static final Pattern COUNT = Pattern.compile("\\b" + NUM + "\\s+([a-z]+)");

    private static final Map<String, Pattern> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final KnowledgeBase.Words words;

    FigureReader(KnowledgeBase.Words words) {
        this.words = words;
    }

    Figures read(String problem, Language language) {
        String text = Accents.fold(problem);
        Optional<Figures.Change> change = Optional.empty();
        Matcher m = CHANGE.matcher(text);
        if (m.find())
            change = Optional.of(new Figures.Change(number(m.group(1), language), number(m.group(2), language)));
        var percents = new ArrayList<Double>();
        m = PERCENT.matcher(text);
        while (m.find()) percents.add(number(m.group(1), language));
        return new Figures(
                percents,
                change,
                period(text),
                counts(text, language),
                amounts(text, language),
                revenue(text, language),
                quarter(text),
                region(text));
    }

    private static Optional<Figures.Period> period(String text) {
        Matcher m = PERIOD.matcher(text);
        if (m.find()) {
            String n = m.group(1);
            int length = WORD_NUMBERS.getOrDefault(n, -1);
            if (length < 0) length = Integer.parseInt(n);
            return Optional.of(unit(m.group(2), length));
        }
        m = LAST_PERIOD.matcher(text);
        if (m.find()) return Optional.of(unit(m.group(1) != null ? m.group(1) : m.group(2), 1));
        return Optional.empty();
    }

    private static Figures.Period unit(String word, int length) {
        if (word.startsWith("dia") || word.startsWith("day"))
            return new Figures.Period(length, Figures.Period.Unit.DAY);
        if (word.startsWith("seman") || word.startsWith("week"))
            return new Figures.Period(length, Figures.Period.Unit.WEEK);
        if (word.startsWith("trimestre") || word.startsWith("quarter"))
            return new Figures.Period(length, Figures.Period.Unit.QUARTER);
        if (word.startsWith("semestre")) return new Figures.Period(6 * length, Figures.Period.Unit.MONTH);
        if (word.startsWith("ano") || word.startsWith("year"))
            return new Figures.Period(length, Figures.Period.Unit.YEAR);
        return new Figures.Period(length, Figures.Period.Unit.MONTH);
    }

    private List<Figures.Count> counts(String text, Language language) {
        var counts = new ArrayList<Figures.Count>();
        Matcher m = COUNT.matcher(text);
        while (m.find()) {
            String noun = m.group(2);
            for (KnowledgeBase.Word word : words.nouns()) {
                if (word.match().contains(noun)) {
                    counts.add(new Figures.Count(number(m.group(1), language), word));
                    break;
                }
            }
        }
        return counts;
    }

    private static List<Figures.Amount> amounts(String text, Language language) {
        return located(text, language).stream().map(Located::amount).toList();
    }

    /** An amount and where it was written, so the words around it can say what it is. */
    private record Located(Figures.Amount amount, int start, int end) {}

    private static List<Located> located(String text, Language language) {
        var amounts = new ArrayList<Located>();
        Matcher m = AMOUNT_BEFORE.matcher(text);
        while (m.find()) {
            var amount = new Figures.Amount(number(m.group(2), language) * scale(m.group(3)), currency(m.group(1)));
            amounts.add(new Located(amount, m.start(), m.end()));
        }
        m = AMOUNT_AFTER.matcher(text);
        while (m.find()) {
            String unit = m.group(3);
            String currency = unit.startsWith("rea") ? "BRL" : unit.startsWith("euro") ? "EUR" : "USD";
            var amount = new Figures.Amount(number(m.group(1), language) * scale(m.group(2)), currency);
            amounts.add(new Located(amount, m.start(), m.end()));
        }
        amounts.sort(java.util.Comparator.comparingInt(Located::start));
        return amounts;
    }

    /**
     * A month of revenue the founder stated ("faturamos R$ 2 milhões por mês", "annual revenue of $12M"): the last
     * amount of a sentence that speaks of revenue, since "caiu de R$ 2 milhões para R$ 1,6 milhão" ends on today's.
     */
    private static Optional<Figures.Amount> revenue(String text, Language language) {
        Figures.Amount found = null;
        for (Located l : located(text, language)) {
            String sentence = sentenceAround(text, l.start(), l.end());
            if (!REVENUE_WORDS.matcher(sentence).find()) continue;
            double monthly = ANNUAL_WORDS.matcher(sentence).find()
                    ? l.amount().value() / 12
                    : l.amount().value();
            found = new Figures.Amount(monthly, l.amount().currency());
        }
        return Optional.ofNullable(found);
    }

    private static String sentenceAround(String text, int start, int end) {
        int from = Math.max(text.lastIndexOf(". ", start), Math.max(text.lastIndexOf("; ", start), -1)) + 1;
        int to = text.indexOf(". ", end);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static int quarter(String text) {
        Matcher m = QUARTER.matcher(text);
        if (!m.find()) return 0;
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private Optional<KnowledgeBase.Word> region(String text) {
        for (KnowledgeBase.Word region : words.regions()) {
            for (String match : region.match()) {
                if (WORD_PATTERNS
                        .computeIfAbsent(match, FigureReader::wordPattern)
                        .matcher(text)
                        .find()) {
                    return Optional.of(region);
                }
            }
        }
        return Optional.empty();
    }

    private static Pattern wordPattern(String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
    }

    private static double scale(String unit) {
        if (unit == null) return 1;
        return switch (unit) {
            case "mil", "k", "thousand" -> 1e3;
            case "milhoes", "milhao", "mi", "mm", "m", "mn", "million", "millions" -> 1e6;
            case "bilhoes", "bilhao", "bi", "b", "bn", "billion" -> 1e9;
            default -> 1;
        };
    }

    private static String currency(String symbol) {
        return switch (symbol) {
            case "r$", "brl" -> "BRL";
            case "€", "eur" -> "EUR";
            case "us$", "u$", "usd" -> "USD";
            default -> "USD";
        };
    }

    /**
     * Reads "1.200", "1,200", "2,5" and "2.5" the way the writer meant: a separator followed by exactly three
     * digits groups thousands in the language that groups with it; otherwise it is the decimal mark.
     */
    static double number(String raw, Language language) {
        int comma = raw.lastIndexOf(',');
        int dot = raw.lastIndexOf('.');
        String v = raw;
        if (comma >= 0 && dot >= 0) {
            v = comma > dot ? raw.replace(".", "").replace(',', '.') : raw.replace(",", "");
        } else if (comma >= 0) {
            boolean grouping = raw.length() - comma - 1 == 3 && !language.isPortuguese();
            v = grouping ? raw.replace(",", "") : raw.replace(',', '.');
        } else if (dot >= 0) {
            boolean grouping = raw.length() - dot - 1 == 3 && (language.isPortuguese() || raw.indexOf('.') != dot);
            v = grouping ? raw.replace(".", "") : raw;
        }
        return Double.parseDouble(v);
    }
}
