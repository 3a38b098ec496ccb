/**
 * What every feature stands on: problem documents, the tenant of the current unit of work,
 * persistence wiring and request plumbing. Open so features can use its types directly.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.consultor.server.shared;
