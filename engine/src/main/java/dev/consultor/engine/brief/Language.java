package dev.consultor.engine.brief;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The language every generated word of a consultation follows. */
public enum Language {
    PT_BR("pt-BR", "BRL"),
    EN("en", "USD");

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");
    private static final Set<String> PORTUGUESE = Set.of(
            "de",
            "da",
            "do",
            "das",
            "dos",
            "que",
            "não",
            "nao",
            "nossa",
            "nossas",
            "nosso",
            "nossos",
            "para",
            "com",
            "uma",
            "um",
            "os",
            "as",
            "em",
            "no",
            "na",
            "nos",
            "mas",
            "como",
            "qual",
            "quais",
            "vendas",
            "clientes",
            "caíram",
            "cairam",
            "mercado",
            "devemos",
            "está",
            "estão",
            "continua",
            "meses",
            "é",
            "são",
            "mês",
            "por",
            "pode",
            "ser",
            "também",
            "empresa",
            "receita",
            "custos",
            "queda",
            "aumento",
            "crescimento",
            "quero",
            "queremos",
            "vender",
            "mais",
            "precisamos",
            "faturamento",
            "lucro",
            "caixa",
            "ao",
            "à",
            "isso",
            "preço",
            "cliente",
            "vendemos",
            "temos",
            "estamos",
            "fazer",
            "devo",
            "abrir",
            "loja",
            "margem");
    private static final Set<String> ENGLISH = Set.of(
            "the",
            "of",
            "and",
            "our",
            "we",
            "to",
            "in",
            "is",
            "are",
            "for",
            "with",
            "what",
            "how",
            "should",
            "sales",
            "customers",
            "market",
            "dropped",
            "fell",
            "months",
            "but",
            "this",
            "that",
            "have",
            "has",
            "it",
            "be",
            "can",
            "do",
            "revenue",
            "costs",
            "growth",
            "rose",
            "increase",
            "competitors",
            "why");

    private final String tag;
    private final String defaultCurrency;

    Language(String tag, String defaultCurrency) {
        this.tag = tag;
        this.defaultCurrency = defaultCurrency;
    }

    public String tag() {
        return tag;
    }

    /** The currency amounts are assumed to be in when the problem does not say. */
    public String defaultCurrency() {
        return defaultCurrency;
    }

    public boolean isPortuguese() {
        return this == PT_BR;
    }

    /** Picks the language most of the problem's common words belong to; Portuguese on a tie. */
    public static Language detect(String text) {
        int pt = 0;
        int en = 0;
        var words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            String word = words.group();
            if (PORTUGUESE.contains(word)) pt++;
            if (ENGLISH.contains(word)) en++;
        }
        if (en > pt) return EN;
        if (pt == 0 && en == 0 && text.chars().noneMatch(c -> c > 127)) return EN;
        return PT_BR;
    }

    /** Accepts "pt", "pt-BR", "pt_br", "português", "en", "en-US", "english". */
    public static Language parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("pt") || v.startsWith("pt-") || v.startsWith("portug")) return PT_BR;
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("engl") || v.startsWith("ingl")) return EN;
        throw new IllegalArgumentException("unknown language '" + value + "' (use pt-BR or en)");
    }
}
