package dev.consultor.engine.deliberation;

/** The bounds a consultation ran under and what it used of them. */
public record CallBounds(int maxCalls, int calls, long maxOutputTokens, long outputTokens) {}
