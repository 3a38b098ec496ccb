package dev.consultor.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliberationMarkdownTest {

    @Test
    void modelTextCannotInjectHtmlMarkupOrControlCharacters() {
        String hostile =
                "<script>alert(1)</script>\u0007 **bold** [link](http://x) # heading\nsecond line | cell\u202E";
        String safe = DeliberationMarkdown.inline(hostile);
        assertThat(safe).doesNotContain("<script", "</script>", "\u0007", "\n", "**bold**", "[link]", "\u202E");
        assertThat(safe).contains("&lt;script&gt;", "\\*\\*bold\\*\\*", "\\[link\\]", "\\# heading");
        assertThat(DeliberationMarkdown.cell(hostile)).contains("\\| cell").doesNotContain(" | cell");
    }

    @Test
    void keepsPortugueseTextAndFiguresIntact() {
        assertThat(DeliberationMarkdown.inline("Vendas caíram 20% — R$ 74.000 em 3 meses"))
                .isEqualTo("Vendas caíram 20% — R$ 74.000 em 3 meses");
    }
}
