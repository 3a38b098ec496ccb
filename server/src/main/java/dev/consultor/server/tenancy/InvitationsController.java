package dev.consultor.server.tenancy;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.consultor.server.identity.AcceptablePassword;
import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.identity.Role;
import dev.consultor.server.identity.TokenPair;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/invitations")
@Tag(name = "Members")
class InvitationsController {
    private final Invitations invitations;

    InvitationsController(Invitations invitations) {
        this.invitations = invitations;
    }

    record InviteRequest(
            @NotBlank @Email @Size(max = 320) String email,
            @NotNull Role role) {}

    /**
     * {@code token} and {@code accept_url} are shown once; only the token's hash is kept.
     * {@code email_sent} tells whether the mail server took an email with the link (never without
     * SMTP configured).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InvitationResponse(
            String invitationId,
            String email,
            Role role,
            Instant createdAt,
            Instant expiresAt,
            String token,
            String acceptUrl,
            Boolean emailSent) {
        static InvitationResponse issued(Invitations.Issued issued) {
            Invitation i = issued.invitation();
            return new InvitationResponse(
                    i.id(),
                    i.email(),
                    i.role(),
                    i.createdAt(),
                    i.expiresAt(),
                    issued.token(),
                    issued.acceptUrl(),
                    issued.emailSent());
        }

        static InvitationResponse pending(Invitation i) {
            return new InvitationResponse(i.id(), i.email(), i.role(), i.createdAt(), i.expiresAt(), null, null, null);
        }
    }

    record AcceptRequest(
            @NotBlank @Size(max = 200) String token,
            @Size(max = 200) String name,
            @NotBlank @AcceptablePassword String password) {}

    record AcceptResponse(
            String userId,
            String tenantId,
            String accessToken,
            String refreshToken,
            String tokenType,
            long expiresIn) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Invite someone by email (owners and admins); the answer carries the acceptance link,"
                    + " which is also mailed to the invitee when SMTP is configured")
    InvitationResponse invite(
            @AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody InviteRequest request) {
        return InvitationResponse.issued(invitations.invite(user, request.email(), request.role()));
    }

    @GetMapping
    @Operation(summary = "Invitations not yet accepted, revoked or expired (owners and admins)")
    List<InvitationResponse> pending(@AuthenticationPrincipal AuthenticatedUser user) {
        return invitations.pending(user).stream()
                .map(InvitationResponse::pending)
                .toList();
    }

    @DeleteMapping("/{invitationId}")
    @Operation(summary = "Withdraw an invitation (owners and admins)")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String invitationId) {
        invitations.revoke(user, invitationId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/accept")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Accept an invitation: choose a password, join the organization, get tokens")
    AcceptResponse accept(@Valid @RequestBody AcceptRequest request) {
        Invitations.Accepted accepted = invitations.accept(request.token(), request.name(), request.password());
        TokenPair tokens = accepted.tokens();
        return new AcceptResponse(
                accepted.member().userId(),
                accepted.member().tenantId(),
                tokens.accessToken(),
                tokens.refreshToken(),
                tokens.tokenType(),
                tokens.expiresIn());
    }
}
