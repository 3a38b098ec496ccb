package dev.consultor.server.identity;

import com.nimbusds.jose.JOSEObjectType;

/** Access and refresh tokens differ in header type and claim, so neither passes for the other. */
enum TokenKind {
    ACCESS("access", new JOSEObjectType("at+jwt")),
    REFRESH("refresh", new JOSEObjectType("rt+jwt"));

    final String claim;
    final JOSEObjectType headerType;

    TokenKind(String claim, JOSEObjectType headerType) {
        this.claim = claim;
        this.headerType = headerType;
    }
}
