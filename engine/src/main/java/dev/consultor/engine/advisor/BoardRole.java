package dev.consultor.engine.advisor;

/** The seat an advisor takes at the board meeting. */
public enum BoardRole {
    CHAIR("Presidente do conselho", "Chair"),
    CFO("CFO", "CFO"),
    CRO("CRO", "CRO"),
    CMO("CMO", "CMO"),
    ANALYST("Analista", "Analyst"),
    MEMBER("Conselheiro", "Board member");

    private final String portuguese;
    private final String english;

    BoardRole(String portuguese, String english) {
        this.portuguese = portuguese;
        this.english = english;
    }

    public String label(dev.consultor.engine.brief.Language language) {
        return language.isPortuguese() ? portuguese : english;
    }
}
