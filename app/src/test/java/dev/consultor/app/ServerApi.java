package dev.consultor.app;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The few calls of the REST API these tests make, as one user of one organization. */
final class ServerApi {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String email;
    private final String password;
    private String token;

    private ServerApi(String base, String email, String password) {
        this.base = base;
        this.email = email;
        this.password = password;
    }

    static ServerApi register(ServerProcess server) {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        var api = new ServerApi(server.base(), email, "correct horse " + UUID.randomUUID());
        JsonNode registered = api.expect(
                201,
                "POST",
                "/api/v1/auth/register",
                Map.of("email", email, "password", api.password, "name", "Owner", "organization_name", "Org " + email));
        api.token = registered.get("access_token").asString();
        return api;
    }

    /** The same user, logged in on another (or restarted) server. */
    ServerApi loginTo(ServerProcess server) {
        var api = new ServerApi(server.base(), email, password);
        api.token = api.expect(200, "POST", "/api/v1/auth/login", Map.of("email", email, "password", password))
                .get("access_token")
                .asString();
        return api;
    }

    String submit(String depth) {
        JsonNode created = expect(
                201,
                "POST",
                "/api/v1/executions",
                Map.of(
                        "problem_description",
                        "Nossas vendas caíram 20% em 3 meses e os concorrentes estão crescendo. Por quê, e o que fazer?",
                        "business_type",
                        "SaaS",
                        "analysis_depth",
                        depth));
        return created.get("execution_id").asString();
    }

    JsonNode detail(String id) {
        return expect(200, "GET", "/api/v1/executions/" + id, null);
    }

    /** Polls until the execution has finished; null if it has not within {@code limit}. */
    JsonNode awaitFinished(String id, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode detail = detail(id);
            String status = detail.get("status").asString();
            if (!status.equals("queued") && !status.equals("running")) {
                return detail;
            }
            Thread.sleep(200);
        }
        return null;
    }

    record Event(long id, String type, JsonNode data) {}

    /** The execution's whole journal, replayed by the event stream (which ends once the execution has). */
    List<Event> events(String id) {
        var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/executions/" + id + "/events"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new AssertionError("events of " + id + ": HTTP " + response.statusCode());
            }
            List<Event> events = new ArrayList<>();
            Map<String, String> fields = new LinkedHashMap<>();
            for (String line : (Iterable<String>) response.body()::iterator) {
                if (line.isEmpty()) {
                    if (fields.containsKey("id")) {
                        events.add(new Event(
                                Long.parseLong(fields.get("id")),
                                fields.get("event"),
                                JSON.readTree(fields.getOrDefault("data", "{}"))));
                    }
                    fields.clear();
                } else if (!line.startsWith(":") && line.contains(":")) {
                    int colon = line.indexOf(':');
                    String value = line.substring(colon + 1);
                    fields.merge(
                            line.substring(0, colon),
                            value.startsWith(" ") ? value.substring(1) : value,
                            String::concat);
                }
            }
            return events;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode expect(int status, String method, String path, Object body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                throw new AssertionError(
                        method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
