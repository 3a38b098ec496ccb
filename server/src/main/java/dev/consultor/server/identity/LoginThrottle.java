package dev.consultor.server.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows guessing down without handing attackers a lock-out weapon. Failures are counted per
 * client address and per account (whether the account exists or not, so blocking reveals
 * nothing). Past the account limit each failure doubles the block, capped; an address that has
 * logged in to the account before is exempt from the account block, so the real owner is not
 * locked out by someone guessing elsewhere.
 */
@Component
class LoginThrottle {
    private static final Duration FIRST_ACCOUNT_BLOCK = Duration.ofSeconds(15);

    private final AttemptStore store;
    private final IdentityProperties.Login policy;

    LoginThrottle(AttemptStore store, IdentityProperties properties) {
        this.store = store;
        this.policy = properties.login();
    }

    void check(String email, String address) {
        Duration addressBlock = store.remaining("block:ip:" + address);
        if (!addressBlock.isZero()) {
            throw new LoginTemporarilyBlocked(addressBlock);
        }
        String account = account(email);
        Duration accountBlock = store.remaining("block:acct:" + account);
        if (!accountBlock.isZero() && store.remaining(known(account, address)).isZero()) {
            throw new LoginTemporarilyBlocked(accountBlock);
        }
    }

    void failed(String email, String address) {
        long fromAddress = store.increment("fail:ip:" + address, policy.window());
        if (fromAddress >= policy.addressFailureLimit()) {
            store.mark("block:ip:" + address, policy.window());
        }
        String account = account(email);
        long forAccount = store.increment("fail:acct:" + account, policy.window());
        long over = forAccount - policy.accountFailureLimit();
        if (over >= 0) {
            Duration block = FIRST_ACCOUNT_BLOCK.multipliedBy(1L << Math.min(over, 16));
            store.mark(
                    "block:acct:" + account,
                    block.compareTo(policy.maxAccountBlock()) > 0 ? policy.maxAccountBlock() : block);
        }
    }

    void succeeded(String email, String address) {
        String account = account(email);
        store.delete("fail:acct:" + account);
        store.mark(known(account, address), policy.knownAddressMemory());
    }

    private static String known(String account, String address) {
        return "known:" + account + ":" + address;
    }

    /** Hashed so the store never holds email addresses. */
    private static String account(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
