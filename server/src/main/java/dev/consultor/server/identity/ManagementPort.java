package dev.consultor.server.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port of a separate management server ({@code management.server.port}), once it listens. An
 * operator binds it to an internal address for Prometheus to scrape; requests that arrive on it are
 * the only ones allowed to reach actuator endpoints other than health. Without a separate server
 * the port stays unknown and nothing matches.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {
    private static final String NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    boolean matches(HttpServletRequest request) {
        int known = port;
        return known > 0 && request.getLocalPort() == known;
    }
}
