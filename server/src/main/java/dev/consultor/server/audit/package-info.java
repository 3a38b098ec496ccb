/** The tenant's audit trail: security-relevant events, readable by owners and admins. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "tenancy", "consulting"})
package dev.consultor.server.audit;
