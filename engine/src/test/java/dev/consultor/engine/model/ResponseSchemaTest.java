package dev.consultor.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.engine.advisor.PromptBuilder;
import dev.consultor.engine.advisor.Roster;
import dev.consultor.engine.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ResponseSchemaTest {
    private static final String SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "answer", "type": "object",
             "required": ["items", "title"],
             "properties": {
               "title": {"type": "string", "maxLength": 40},
               "items": {"type": "array", "maxItems": 3, "items": {"type": "object",
                 "properties": {"text": {"type": "string", "maxLength": 20},
                                "score": {"type": "integer", "minimum": 1, "maximum": 5},
                                "kind": {"type": "string", "enum": ["a", "b"], "description": "which kind"}}}},
               "either": {"anyOf": [{"type": "string", "maxLength": 9}, {"type": "null"}]}}}
            """;

    @Test
    void theModelIsSentTheStructureWithoutTheSizesThePromptStatesInWords() {
        JsonNode sent = new ResponseSchema("answer", SCHEMA).forModel();

        assertThat(sent.toString()).doesNotContain("maxLength", "maxItems", "$schema");
        assertThat(sent.has("title")).as("the document's title").isFalse();
        assertThat(sent.get("properties").has("title"))
                .as("a property named title")
                .isTrue();
        assertThat(sent.get("required").toString()).isEqualTo("[\"items\",\"title\"]");
        JsonNode item = sent.get("properties").get("items").get("items").get("properties");
        assertThat(item.get("score").get("minimum").asInt()).isEqualTo(1);
        assertThat(item.get("score").get("maximum").asInt()).isEqualTo(5);
        assertThat(item.get("kind").get("enum").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(item.get("kind").get("description").asString()).isEqualTo("which kind");
        assertThat(sent.get("properties")
                        .get("either")
                        .get("anyOf")
                        .get(0)
                        .get("type")
                        .asString())
                .isEqualTo("string");
    }

    @Test
    void theWholeSchemaIsKeptForTheEngine() {
        var schema = new ResponseSchema("answer", SCHEMA);
        schema.forModel();

        assertThat(Json.mapper()
                        .readTree(schema.json())
                        .at("/properties/items/maxItems")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void theAdvisorsSchemaSentIsATenthSmaller() {
        var schema = PromptBuilder.schema(Roster.defaults().get("analyst"));
        int whole = Json.write(Json.mapper().readTree(schema.json())).length();
        int sent = Json.write(schema.forModel()).length();

        assertThat(sent).isLessThan(whole * 9 / 10);
    }
}
