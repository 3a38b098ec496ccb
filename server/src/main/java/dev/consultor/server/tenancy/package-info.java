/** Organizations (tenants) and their members: registration, invitations, roles, removal. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package dev.consultor.server.tenancy;
