/** The SaaS server: REST API, identity, tenancy, persistence and durable jobs. */
package dev.consultor.server;
