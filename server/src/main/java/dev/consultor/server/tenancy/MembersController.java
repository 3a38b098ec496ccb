package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.identity.Member;
import dev.consultor.server.identity.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "Members")
class MembersController {
    private final Membership membership;

    MembersController(Membership membership) {
        this.membership = membership;
    }

    record MemberResponse(String userId, String email, String name, Role role, Instant createdAt) {
        static MemberResponse of(Member m) {
            return new MemberResponse(m.userId(), m.email(), m.name(), m.role(), m.createdAt());
        }
    }

    record RoleChange(@NotNull Role role) {}

    @GetMapping
    @Operation(summary = "Everyone in the caller's organization")
    List<MemberResponse> list(@AuthenticationPrincipal AuthenticatedUser user) {
        return membership.list(user).stream().map(MemberResponse::of).toList();
    }

    @PutMapping("/{userId}/role")
    @Operation(summary = "Change a member's role (owners and admins)")
    MemberResponse changeRole(
            @AuthenticationPrincipal AuthenticatedUser user,
            @PathVariable String userId,
            @Valid @RequestBody RoleChange change) {
        return MemberResponse.of(membership.changeRole(user, userId, change.role()));
    }

    @DeleteMapping("/{userId}")
    @Operation(summary = "Remove a member; their sessions end at once (owners and admins)")
    ResponseEntity<Void> remove(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable String userId) {
        membership.remove(user, userId);
        return ResponseEntity.noContent().build();
    }
}
