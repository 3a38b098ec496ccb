package dev.consultor.server.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A member's role within their organization. */
public enum Role {
    OWNER,
    ADMIN,
    MEMBER;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean managesMembers() {
        return this != MEMBER;
    }
}
