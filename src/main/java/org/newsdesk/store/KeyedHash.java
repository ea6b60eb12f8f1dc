package org.newsdesk.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under a store's own secret key, cut to 128 bits: how an id is kept without being kept.
 * The key lives with the store (so a restart, or another instance, hashes alike) and nowhere else.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final int KEY_BYTES = 32;
    private static final int HASH_BYTES = 16;

    private final byte[] key;

    public KeyedHash(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("a key needs at least " + KEY_BYTES + " bytes");
        }
        this.key = key.clone();
    }

    /** A new random key. */
    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    public byte[] key() {
        return key.clone();
    }

    /** The hash of an id in a context (such as an answer's id): the same id hashes apart in other contexts. */
    public String of(String context, long id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            byte[] hash = mac.doFinal((context + ':' + id).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, HASH_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
