package dev.consultor.server.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {
    private static final Logger log = LoggerFactory.getLogger(AuthController.class);

    private final Logins logins;
    private final Sessions sessions;

    AuthController(Logins logins, Sessions sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    record LoginRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(max = 1024) String password) {}

    record RefreshRequest(@NotBlank @Size(max = 4096) String refreshToken) {}

    @PostMapping("/login")
    @Operation(summary = "Exchange email and password for an access token (15 min) and a refresh token (30 days)")
    TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return logins.login(request.email(), request.password(), http.getRemoteAddr());
    }

    @PostMapping("/refresh")
    @Operation(summary = "Rotate a refresh token; each one works once")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        try {
            return sessions.refresh(request.refreshToken());
        } catch (InvalidToken e) {
            log.info("Rejected refresh token: {}", e.reason());
            throw e;
        }
    }

    @PostMapping("/logout")
    @Operation(summary = "End the session: its refresh tokens and the presented access token stop working")
    ResponseEntity<Void> logout(@AuthenticationPrincipal AuthenticatedUser user) {
        sessions.logout(user);
        return ResponseEntity.noContent().build();
    }
}
