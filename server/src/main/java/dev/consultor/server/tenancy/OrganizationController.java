package dev.consultor.server.tenancy;

import dev.consultor.server.identity.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Organization")
class OrganizationController {
    private final OrganizationRepository organizations;

    OrganizationController(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/api/v1/organization")
    @Transactional(readOnly = true)
    @Operation(summary = "The caller's organization: name, plan and billing status")
    Organization get(@AuthenticationPrincipal AuthenticatedUser user) {
        return organizations.find(user.tenantId()).orElseThrow(TenancyExceptions.OrganizationNotFound::new);
    }
}
