package dev.consultor.server.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.consultor.server.Account;
import dev.consultor.server.Response;
import dev.consultor.server.Stack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
public interface StructuredLogBehaviour extends Stack {
    @Test
    default void requestLogLinesAreJsonWithTenantUserAndRequestIds(CapturedOutput output) {
        Account owner = api().register();
        Response me = api().get("/api/v1/me", owner.accessToken());
        String requestId = me.header("X-Request-Id");

        String line = output.getOut()
                .lines()
                .filter(l -> l.contains(requestId) && l.contains("/api/v1/me"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line for request " + requestId));
        assertThat(line).startsWith("{");
        assertThat(line).contains("\"tenant_id\":\"" + owner.tenantId() + "\"");
        assertThat(line).contains("\"user_id\":\"" + owner.userId() + "\"");
        assertThat(line).contains("\"request_id\":\"" + requestId + "\"");
    }
}
