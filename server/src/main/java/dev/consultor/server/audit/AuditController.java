package dev.consultor.server.audit;

import dev.consultor.server.identity.AuthenticatedUser;
import dev.consultor.server.shared.NotPermitted;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit")
class AuditController {
    private final AuditRepository repository;

    AuditController(AuditRepository repository) {
        this.repository = repository;
    }

    static final class AuditReservedForManagers extends NotPermitted {
        AuditReservedForManagers() {
            super("Only owners and admins read the audit log");
        }
    }

    @GetMapping("/api/v1/audit-events")
    @Transactional(readOnly = true)
    @Operation(summary = "The organization's latest audit events, newest first (owners and admins)")
    List<AuditEvent> list(
            @AuthenticationPrincipal AuthenticatedUser user,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        if (!user.role().managesMembers()) {
            throw new AuditReservedForManagers();
        }
        return repository.latest(user.tenantId(), limit);
    }
}
