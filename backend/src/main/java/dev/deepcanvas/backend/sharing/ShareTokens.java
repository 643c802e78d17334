package dev.deepcanvas.backend.sharing;

import java.security.SecureRandom;
import java.util.Base64;

/** Share-link secrets: 256 random bits from a cryptographic generator, URL-safe (43 characters). */
final class ShareTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ShareTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
