/** Talking to a provider: the one retry layer, the circuit breaker, failure classification, model routing. */
package dev.consultor.llm.provider;
