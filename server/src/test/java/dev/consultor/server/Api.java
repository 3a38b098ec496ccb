package dev.consultor.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running server. Each instance speaks from its own client address
 * (sent as X-Forwarded-For from loopback, which the server trusts), so login throttling in one
 * test never touches another.
 */
public final class Api {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String base;
    private final String clientIp;

    Api(int port) {
        this("http://127.0.0.1:" + port, randomAddress());
    }

    private Api(String base, String clientIp) {
        this.base = base;
        this.clientIp = clientIp;
    }

    public Api from(String address) {
        return new Api(base, address);
    }

    public String clientIp() {
        return clientIp;
    }

    public String base() {
        return base;
    }

    public Response get(String path, String token) {
        return send("GET", path, null, token, Map.of());
    }

    public Response post(String path, Object body, String token) {
        return send("POST", path, body, token, Map.of());
    }

    public Response put(String path, Object body, String token) {
        return send("PUT", path, body, token, Map.of());
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, null, token, Map.of());
    }

    public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
        HttpRequest.BodyPublisher publisher;
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body == null) {
            publisher = HttpRequest.BodyPublishers.noBody();
        } else if (body instanceof HttpRequest.BodyPublisher given) {
            publisher = given;
        } else {
            publisher =
                    HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
            all.putIfAbsent("Content-Type", "application/json");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, publisher)
                .header("X-Forwarded-For", clientIp)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        all.forEach(request::header);
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Registers a fresh organization with a unique owner. */
    public Account register() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String password = "correct horse " + UUID.randomUUID();
        Response response = post(
                "/api/v1/auth/register",
                Map.of("email", email, "password", password, "name", "Owner", "organization_name", "Org " + email),
                null);
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response);
        }
        return Account.signedIn(email, password, response.json());
    }

    public Response login(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password), null);
    }

    public static String randomAddressForTests() {
        return randomAddress();
    }

    static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
