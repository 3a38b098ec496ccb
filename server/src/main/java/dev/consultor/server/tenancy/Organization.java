package dev.consultor.server.tenancy;

import java.time.Instant;
import java.util.Objects;

/** A tenant, with the seed's plan and billing status. */
record Organization(String tenantId, String name, String plan, String billingStatus, Instant createdAt) {
    Organization {
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(name);
        Objects.requireNonNull(plan);
        Objects.requireNonNull(billingStatus);
    }
}
