package dev.consultor.server.identity;

import com.nimbusds.jose.jwk.JWK;

/** Where the key ring announces its public keys to the other nodes. */
@FunctionalInterface
interface KeyDirectory {
    void publish(JWK key, long createdAt, Long retiredAt);
}
