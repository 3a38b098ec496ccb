package dev.consultor.server;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

public record Response(int status, Map<String, List<String>> headers, String body) {
    public JsonNode json() {
        return Api.JSON.readTree(body);
    }

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getFirst())
                .findFirst()
                .orElse(null);
    }

    public String problemType() {
        return json().get("type").asString();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
