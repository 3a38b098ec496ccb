package dev.consultor.server.identity;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class JwksController {
    private final KeyRing keys;
    private final PublishedKeys published;

    JwksController(KeyRing keys, PublishedKeys published) {
        this.keys = keys;
        this.published = published;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/json")
    @Operation(summary = "Public keys that verify access tokens, the previous key included after a rotation")
    Map<String, Object> jwks() {
        // This node's keys, and those other nodes published.
        Map<String, JWK> byKid = new LinkedHashMap<>();
        keys.publicKeys().getKeys().forEach(k -> byKid.put(k.getKeyID(), k));
        published.all().forEach(k -> byKid.putIfAbsent(k.getKeyID(), k.toPublicJWK()));
        return new JWKSet(List.copyOf(byKid.values())).toJSONObject(true);
    }
}
