package dev.consultor.engine.brief;

import java.util.List;

/** The kinds of business the advisors adapt their playbooks to. */
public enum BusinessType {
    SAAS("SaaS", "SaaS"),
    B2B("B2B", "B2B"),
    B2C("B2C", "B2C"),
    B2B2C("B2B2C", "B2B2C"),
    D2C("D2C", "D2C"),
    MARKETPLACE("Marketplace", "Marketplace"),
    ECOMMERCE("E-commerce", "E-commerce", "ecommerce", "loja virtual"),
    RETAIL("Retail", "Varejo"),
    SERVICES("Services", "Serviços", "servicos", "service"),
    MANUFACTURING("Manufacturing", "Indústria", "industria", "industry"),
    OTHER("Other", "Outro", "outros");

    private final String english;
    private final String portuguese;
    private final List<String> aliases;

    BusinessType(String english, String portuguese, String... aliases) {
        this.english = english;
        this.portuguese = portuguese;
        this.aliases = List.of(aliases);
    }

    public String label(Language language) {
        return language.isPortuguese() ? portuguese : english;
    }

    public boolean isRecurringRevenue() {
        return this == SAAS;
    }

    public boolean sellsToBusinesses() {
        return this == SAAS || this == B2B || this == B2B2C || this == SERVICES || this == MANUFACTURING;
    }

    public static BusinessType parse(String value) {
        String v = Accents.fold(value).replace(" ", "");
        for (BusinessType type : values()) {
            if (v.equals(Accents.fold(type.english).replace(" ", ""))
                    || v.equals(Accents.fold(type.portuguese).replace(" ", ""))
                    || v.equals(type.name().toLowerCase(java.util.Locale.ROOT))
                    || type.aliases.stream()
                            .anyMatch(a -> v.equals(Accents.fold(a).replace(" ", "")))) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown business type '" + value
                + "' (use SaaS, B2B, B2C, B2B2C, D2C, Marketplace, E-commerce, Retail/Varejo, Services/Serviços,"
                + " Manufacturing/Indústria or Other/Outro)");
    }
}
