package org.newsdesk.logging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short name for a chat (or a user) in log lines: an HMAC of its id under a key drawn at random for
 * each process. Lines of one run that concern the same chat share a tag, but the tag cannot be turned
 * back into the id, nor matched against another run's logs.
 */
public final class ChatTag {

    private static final String ALGORITHM = "HmacSHA256";
    /** 40 bits: distinct for any realistic number of chats in one run, short enough to read. */
    private static final int BYTES = 5;
    private static final SecretKeySpec KEY = key();

    private ChatTag() {
    }

    public static String of(String id) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(KEY);
            byte[] digest = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
            return "chat-" + HexFormat.of().formatHex(digest, 0, BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks " + ALGORITHM, e);
        }
    }

    public static String of(long id) {
        return of(Long.toString(id));
    }

    private static SecretKeySpec key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SecretKeySpec(key, ALGORITHM);
    }
}
