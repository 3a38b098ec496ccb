/** Adapters of the engine's {@code LanguageModel} port to hosted and local language models. */
package dev.consultor.llm;
