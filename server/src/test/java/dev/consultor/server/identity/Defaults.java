package dev.consultor.server.identity;

import java.util.List;

final class Defaults {
    private Defaults() {}

    static IdentityProperties identity(String jwtPrivateKey) {
        return new IdentityProperties(
                null, null, null, null, null, null, jwtPrivateKey, null, null, null, List.of(), null);
    }
}
