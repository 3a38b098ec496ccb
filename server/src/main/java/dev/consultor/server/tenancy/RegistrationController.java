package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AcceptablePassword;
import dev.consultor.server.identity.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class RegistrationController {
    private final Registration registration;

    RegistrationController(Registration registration) {
        this.registration = registration;
    }

    /** The plan is not a field: every organization starts on free, whatever a client sends. */
    record RegisterRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotBlank @AcceptablePassword String password,
            @Size(max = 200) String name,
            @NotBlank @Size(max = 200) String organizationName,

            @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "must be a language tag such as en or pt-BR")
            String language) {}

    record RegisterResponse(
            String userId,
            String tenantId,
            String accessToken,
            String refreshToken,
            String tokenType,
            long expiresIn) {}

    @PostMapping("/api/v1/auth/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organization and its owner; answers with a first pair of tokens")
    RegisterResponse register(@Valid @RequestBody RegisterRequest request) {
        String name = request.name() == null || request.name().isBlank() ? request.email() : request.name();
        Registration.Registered registered = registration.register(
                request.email(),
                request.password(),
                name,
                request.organizationName(),
                request.language() == null ? "en" : request.language());
        TokenPair tokens = registered.tokens();
        return new RegisterResponse(
                registered.owner().userId(),
                registered.owner().tenantId(),
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.tokenType(),
                tokens.expiresIn());
    }
}
