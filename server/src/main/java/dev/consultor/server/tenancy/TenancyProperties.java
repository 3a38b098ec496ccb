package dev.consultor.server.tenancy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code publicUrl} is where people open the acceptance link of an invitation; no mail server is
 * needed because the link is returned to the inviter (and mailed to the invitee when
 * {@code consultor.mail} is configured).
 */
@ConfigurationProperties("consultor.tenancy")
record TenancyProperties(Duration invitationTtl, String publicUrl) {
    TenancyProperties {
        invitationTtl = invitationTtl == null ? Duration.ofDays(7) : invitationTtl;
        publicUrl =
                publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
    }
}
