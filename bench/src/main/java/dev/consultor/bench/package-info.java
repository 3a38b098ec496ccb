/** Benchmarks of the engine and the server; each prints its figures and writes them under bench/results. */
package dev.consultor.bench;
