package dev.consultor.server.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code <tenant id>.<secret>}: the tenant part says where to look before anyone is logged in;
 * only the secret's SHA-256 is stored, so a database reader cannot accept invitations.
 */
record InvitationToken(String tenantId, String secret) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    static InvitationToken generate(String tenantId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new InvitationToken(
                tenantId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    static Optional<InvitationToken> parse(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String tenant = token.substring(0, dot);
        String secret = token.substring(dot + 1);
        return UUID.matcher(tenant).matches() && SECRET.matcher(secret).matches()
                ? Optional.of(new InvitationToken(tenant, secret))
                : Optional.empty();
    }

    String value() {
        return tenantId + "." + secret;
    }

    String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
