/**
 * Executions: a tenant's analyses, run by the engine as durable jobs with per-advisor checkpoints,
 * their progress events (replayed and live over Server-Sent Events) and their results.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity"})
package dev.consultor.server.consulting;
