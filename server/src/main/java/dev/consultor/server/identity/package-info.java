/**
 * Who is calling: users, passwords, login abuse protection, access and refresh tokens, sessions
 * and the bearer-token wall in front of every endpoint.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package dev.consultor.server.identity;
