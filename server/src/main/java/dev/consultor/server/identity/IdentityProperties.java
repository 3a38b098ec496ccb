package dev.consultor.server.identity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Token lifetimes are the seed's contract: 15 minutes access, 30 days refresh. CORS is closed
 * unless origins are listed. {@code accessStateTtl} is how long a node may reuse what the
 * database said about an access token (session, denylist, role, profile) when a change made
 * elsewhere does not reach it through Redis; zero reads the database on every request.
 */
@Validated
@ConfigurationProperties("consultor.identity")
record IdentityProperties(
        @NotBlank String issuer,
        @NotBlank String audience,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration clockSkew,
        Duration keyRotationPeriod,
        String jwtPrivateKey,
        @Valid Argon2 argon2,
        @Valid Login login,
        String redisUrl,
        List<String> corsAllowedOrigins,
        Duration accessStateTtl) {

    IdentityProperties {
        issuer = issuer == null ? "consultor" : issuer;
        audience = audience == null ? "consultor-api" : audience;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        keyRotationPeriod = keyRotationPeriod == null ? Duration.ofDays(90) : keyRotationPeriod;
        jwtPrivateKey = jwtPrivateKey == null ? "" : jwtPrivateKey.strip();
        argon2 = argon2 == null ? new Argon2(0, 0, 0, 0, null) : argon2;
        login = login == null ? new Login(0, 0, null, null, null, null) : login;
        redisUrl = redisUrl == null ? "" : redisUrl.strip();
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        accessStateTtl = accessStateTtl == null ? Duration.ofSeconds(2) : accessStateTtl;
        if (accessStateTtl.isNegative() || accessStateTtl.compareTo(Duration.ofSeconds(60)) > 0) {
            throw new IllegalArgumentException("consultor.identity.access-state-ttl must be between 0 and 60s");
        }
    }

    /** OWASP's argon2id minimum: 19 MiB, two passes, one lane. */
    record Argon2(
            @Min(0) int memoryKib,
            @Min(0) int iterations,
            @Min(0) int parallelism,
            @Min(0) int maxConcurrent,
            Duration queueTimeout) {
        Argon2 {
            memoryKib = memoryKib == 0 ? 19 * 1024 : memoryKib;
            iterations = iterations == 0 ? 2 : iterations;
            parallelism = parallelism == 0 ? 1 : parallelism;
            maxConcurrent =
                    maxConcurrent == 0 ? Math.max(2, Runtime.getRuntime().availableProcessors()) : maxConcurrent;
            queueTimeout = queueTimeout == null ? Duration.ofSeconds(10) : queueTimeout;
        }
    }

    /**
     * Failures counted per account and per client address within {@code window}; an account
     * block doubles with each further failure up to {@code maxAccountBlock}. {@code fingerprintKey}
     * keys the fingerprint that stands for an unknown email in the log; when empty, each node
     * generates one and keeps it in its data directory.
     */
    record Login(
            @Min(0) int accountFailureLimit,
            @Min(0) int addressFailureLimit,
            Duration window,
            Duration maxAccountBlock,
            Duration knownAddressMemory,
            String fingerprintKey) {
        Login {
            accountFailureLimit = accountFailureLimit == 0 ? 5 : accountFailureLimit;
            addressFailureLimit = addressFailureLimit == 0 ? 30 : addressFailureLimit;
            window = window == null ? Duration.ofMinutes(15) : window;
            maxAccountBlock = maxAccountBlock == null ? Duration.ofMinutes(5) : maxAccountBlock;
            knownAddressMemory = knownAddressMemory == null ? Duration.ofDays(30) : knownAddressMemory;
            fingerprintKey = fingerprintKey == null ? "" : fingerprintKey.strip();
            if (!fingerprintKey.isEmpty() && fingerprintKey.length() < 16) {
                throw new IllegalArgumentException(
                        "consultor.identity.login.fingerprint-key must be at least 16 characters");
            }
        }
    }
}
