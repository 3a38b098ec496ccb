package dev.consultor.server.shared;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Converts the libpq URL most platforms hand out into the form the JDBC driver reads. */
final class PostgresUrls {
    private PostgresUrls() {}

    static String toJdbc(String url) {
        URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "http://"));
        StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            jdbc.append(':').append(uri.getPort());
        }
        jdbc.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/postgres" : uri.getRawPath());
        StringBuilder query = new StringBuilder(uri.getRawQuery() == null ? "" : uri.getRawQuery());
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            append(query, "user", URLDecoder.decode(parts[0], StandardCharsets.UTF_8));
            if (parts.length == 2) {
                append(query, "password", URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return query.isEmpty()
                ? jdbc.toString()
                : jdbc.append('?').append(query).toString();
    }

    private static void append(StringBuilder query, String key, String value) {
        if (!query.isEmpty()) {
            query.append('&');
        }
        query.append(key).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
