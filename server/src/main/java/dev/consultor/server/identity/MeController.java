package dev.consultor.server.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me")
class MeController {
    private final Profiles profiles;

    MeController(Profiles profiles) {
        this.profiles = profiles;
    }

    record MeResponse(
            String userId, String tenantId, String email, String name, String language, Role role, Instant createdAt) {
        static MeResponse of(Member m) {
            return new MeResponse(m.userId(), m.tenantId(), m.email(), m.name(), m.language(), m.role(), m.createdAt());
        }
    }

    /** Only these fields exist; anything else in the body (role, tenant_id, plan) is rejected. */
    record UpdateMe(
            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String name,

            @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag such as en or pt-BR")
            String language,

            @Size(max = 1024) String currentPassword,
            @AcceptablePassword String newPassword) {}

    @GetMapping
    @Operation(summary = "The caller's profile")
    MeResponse get(@AuthenticationPrincipal AuthenticatedUser user) {
        // The state that admitted the token: read with the session check, never older than the
        // access-state TTL and evicted by any change to the user (see AccessStateCache).
        return MeResponse.of(user.member());
    }

    @PutMapping
    @Operation(summary = "Change name, language or password (a new password ends every session)")
    MeResponse update(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody UpdateMe request) {
        return MeResponse.of(profiles.update(
                user, request.name(), request.language(), request.currentPassword(), request.newPassword()));
    }
}
