package dev.consultor.engine.deliberation.meeting;

public enum VoteChoice {
    APPROVE,
    REJECT,
    ABSTAIN
}
