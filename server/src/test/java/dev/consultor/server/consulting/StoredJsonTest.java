package dev.consultor.server.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredJsonTest {
    record Detail(String id, StoredJson result) {}

    // Longer than a generator's buffer, with accents and a character outside the BMP: both paths must copy it whole.
    private static final String DOCUMENT =
            Json.write(Map.of("decisão", "Expandir para o Nordeste 📈", "notas", "ação ".repeat(20_000)));

    @Test
    void is_written_as_the_same_bytes_in_place_of_a_value() {
        var detail = new Detail("e-1", StoredJson.ofUtf8(DOCUMENT.getBytes(StandardCharsets.UTF_8)));

        byte[] asBytes = Json.mapper().writeValueAsBytes(detail);
        String asText = Json.mapper().writeValueAsString(detail);

        String expected = "{\"id\":\"e-1\",\"result\":" + DOCUMENT + "}";
        assertThat(new String(asBytes, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(asText).isEqualTo(expected);
    }

    @Test
    void a_short_document_is_copied_into_the_generators_buffer() {
        var detail = new Detail("e-2", utf8("{\"título\":\"Preço\"}"));

        assertThat(new String(Json.mapper().writeValueAsBytes(detail), StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"e-2\",\"result\":{\"título\":\"Preço\"}}");
    }

    @Test
    void reads_back_into_a_type_and_keeps_nulls_null() {
        assertThat(utf8("{\"a\":\"ç\"}").read(Map.class)).isEqualTo(Map.of("a", "ç"));
        assertThat(StoredJson.ofUtf8(null)).isNull();
    }

    private static StoredJson utf8(String json) {
        return StoredJson.ofUtf8(json.getBytes(StandardCharsets.UTF_8));
    }
}
