package org.newsdesk.store;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Ids of stored answers: 12 characters of URL-safe Base64 over 72 random bits, short enough for a
 * button's callback data and not worth guessing (a forged id names no answer).
 */
public final class AnswerIds {

    private static final int BYTES = 9;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{12}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private AnswerIds() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has the shape of an id (whether it names a stored answer is the store's to say). */
    public static boolean valid(String id) {
        return id != null && SHAPE.matcher(id).matches();
    }
}
