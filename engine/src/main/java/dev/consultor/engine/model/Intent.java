package dev.consultor.engine.model;

/**
 * What a request asks for, as typed data. Each stage of a consultation has its own intent; the text of the
 * request is rendered from it.
 */
public sealed interface Intent
        permits AdvisorIntent, ConflictIntent, DebateIntent, PeerReviewIntent, VoteIntent, RefineIntent {}
