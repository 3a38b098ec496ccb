package dev.consultor.engine.data;

import dev.consultor.engine.brief.ColumnProfile;
import dev.consultor.engine.brief.DataSet;
import dev.consultor.engine.brief.Trend;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Profiles a CSV file into facts the advisors can cite: per numeric column its first and last values, change,
 * range, mean and trend over the rows; the row count; and the period column when there is one.
 */
public final class CsvProfiler {
    /** Larger files are refused: the board reads summaries, not warehouses. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Set<String> PERIOD_NAMES = Set.of(
            "mes",
            "mês",
            "month",
            "data",
            "date",
            "periodo",
            "período",
            "period",
            "ano",
            "year",
            "trimestre",
            "quarter",
            "semana",
            "week",
            "dia",
            "day");
    private static final Pattern PERIOD_VALUE =
            Pattern.compile("\\d{4}([-/]\\d{1,2}([-/]\\d{1,2})?|-?Q[1-4])|\\d{1,2}/\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern ISO_PERIOD = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(\\d+([.,]\\d{3})*([.,]\\d+)?|[.,]\\d+)(e[-+]?\\d+)?%?");
    /** Below this relative slope over the whole series a column counts as flat. */
    private static final double FLAT_THRESHOLD = 0.02;

    private CsvProfiler() {}

    public static DataSet profile(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) throw new InvalidData(name + ": no such file");
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidData(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidData(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return profile(name, bytes);
    }

    /** Profiles a file received as bytes (an upload, say): UTF-8, or Latin-1 when it is not valid UTF-8. */
    public static DataSet profile(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new InvalidData(name + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return profile(name, decode(name, bytes));
    }

    public static DataSet profile(String name, String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        char separator = guessSeparator(text);
        List<List<String>> rows = CsvReader.rows(name, text, separator);
        if (rows.isEmpty()) throw new InvalidData(name + ": the file is empty");
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        if (header.stream().anyMatch(String::isEmpty))
            throw new InvalidData(name + ": the header has an empty column name");
        if (header.size() < 2 && separator != ',') throw new InvalidData(name + ": no columns found");
        List<List<String>> body = rows.subList(1, rows.size());
        if (body.isEmpty()) throw new InvalidData(name + ": the file has a header but no rows");
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).size() != header.size()) {
                throw new InvalidData(name + ": row " + (i + 2) + " has "
                        + body.get(i).size() + " fields, the header has " + header.size());
            }
        }
        String periodColumn = null;
        var numeric = new ArrayList<ColumnProfile>();
        var text_ = new ArrayList<String>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            List<String> values = column(body, c);
            if (periodColumn == null && isPeriod(column, values)) {
                periodColumn = column;
            } else if (values.stream()
                            .allMatch(
                                    v -> v.isBlank() || NUMBER.matcher(clean(v)).matches())
                    && values.stream().anyMatch(v -> !v.isBlank())) {
                numeric.add(numericProfile(column, values));
            } else {
                text_.add(column);
            }
        }
        String firstPeriod = null;
        String lastPeriod = null;
        if (periodColumn != null) {
            List<String> periods = column(body, header.indexOf(periodColumn));
            firstPeriod = periods.getFirst();
            lastPeriod = periods.getLast();
            // Rows of a cross-section (one per customer, say) are not in time order: the span is earliest to
            // latest. ISO dates and months sort as text.
            if (periods.stream().allMatch(p -> ISO_PERIOD.matcher(p).matches())) {
                firstPeriod = periods.stream().min(String::compareTo).orElseThrow();
                lastPeriod = periods.stream().max(String::compareTo).orElseThrow();
            }
        }
        return new DataSet(name, body.size(), periodColumn, firstPeriod, lastPeriod, numeric, text_);
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // Spreadsheets exported on Windows in Brazil are often Latin-1; every byte sequence is valid there.
            String latin = new String(bytes, StandardCharsets.ISO_8859_1);
            if (latin.chars()
                            .filter(ch -> ch < 32 && ch != '\n' && ch != '\r' && ch != '\t')
                            .count()
                    > 0) {
                throw new InvalidData(name + ": not a text file");
            }
            return latin;
        }
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(ch -> ch == ',').count();
        long semicolons = first.chars().filter(ch -> ch == ';').count();
        long tabs = first.chars().filter(ch -> ch == '\t').count();
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas) return '\t';
        return ',';
    }

    private static List<String> column(List<List<String>> body, int index) {
        return body.stream().map(row -> row.get(index).strip()).toList();
    }

    private static boolean isPeriod(String column, List<String> values) {
        String lower = column.toLowerCase(Locale.ROOT);
        boolean named = PERIOD_NAMES.contains(lower);
        boolean shaped = values.stream().allMatch(v -> PERIOD_VALUE.matcher(v).matches());
        return shaped
                || (named
                        && values.stream()
                                .noneMatch(v -> NUMBER.matcher(clean(v)).matches() && v.length() < 4));
    }

    private static String clean(String value) {
        return value.strip().replace(" ", "").replace("R$", "").replace("$", "").replace("€", "");
    }

    /** Reads 1.234,56 and 1,234.56 and 12,5 and 12.5 the way a person would. */
    static double parseNumber(String raw) {
        String v = clean(raw).replace("%", "");
        int comma = v.lastIndexOf(',');
        int dot = v.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            v = comma > dot ? v.replace(".", "").replace(',', '.') : v.replace(",", "");
        } else if (comma >= 0) {
            v = v.replace(',', '.');
        }
        return Double.parseDouble(v);
    }

    private static ColumnProfile numericProfile(String column, List<String> raw) {
        double[] values = raw.stream()
                .filter(v -> !v.isBlank())
                .mapToDouble(CsvProfiler::parseNumber)
                .toArray();
        double first = values[0];
        double last = values[values.length - 1];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        double mean = sum / values.length;
        Double change = first == 0 ? null : round((last - first) / Math.abs(first) * 100, 2);
        return new ColumnProfile(column, first, last, change, min, max, round(mean, 4), trend(values, mean));
    }

    /** The least-squares slope over the rows, relative to the mean, says rising, falling or flat; a series that
     * changes direction more often than not is volatile. */
    static Trend trend(double[] values, double mean) {
        int n = values.length;
        if (n < 2) return Trend.FLAT;
        double xMean = (n - 1) / 2.0;
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - xMean) * (values[i] - mean);
            den += (i - xMean) * (i - xMean);
        }
        double slope = num / den;
        double scale = Math.abs(mean) < 1e-12 ? 1 : Math.abs(mean);
        double relative = slope * (n - 1) / scale;
        int reversals = 0;
        int lastSign = 0;
        for (int i = 1; i < n; i++) {
            int sign = (int) Math.signum(values[i] - values[i - 1]);
            if (sign != 0 && lastSign != 0 && sign != lastSign) reversals++;
            if (sign != 0) lastSign = sign;
        }
        double min = java.util.Arrays.stream(values).min().orElseThrow();
        double max = java.util.Arrays.stream(values).max().orElseThrow();
        if ((max - min) / scale < FLAT_THRESHOLD) return Trend.FLAT;
        if (n >= 4 && reversals > (n - 1) / 2) return Trend.VOLATILE;
        if (Math.abs(relative) < FLAT_THRESHOLD) return Trend.FLAT;
        return relative > 0 ? Trend.RISING : Trend.FALLING;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
