package org.newsdesk.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.newsdesk.store.AnswerIds;

/**
 * What a button under a reply sends back: an action, and the short id of the stored answer it concerns.
 * A callback is never trusted: {@link #parse} accepts only the shapes the bot writes, and the id still
 * has to name a stored answer of the same chat before anything happens.
 *
 * @param answer the stored answer's id, or empty for an action that needs none
 */
record CallbackData(Action action, String answer) {

    /** The Bot API's limit on a button's callback data. */
    static final int MAX_BYTES = 64;

    enum Action {
        HELPFUL("h", true), NOT_HELPFUL("n", true), MORE_FROM_ARTICLE("m", true), OTHER_REPORTS("o", true),
        WHAT_I_ANSWER("w", false);

        private final String code;
        private final boolean aboutAnAnswer;

        Action(String code, boolean aboutAnAnswer) {
            this.code = code;
            this.aboutAnAnswer = aboutAnAnswer;
        }
    }

    CallbackData {
        if (action.aboutAnAnswer != AnswerIds.valid(answer) || !action.aboutAnAnswer && !answer.isEmpty()) {
            throw new IllegalArgumentException("not a callback the bot writes");
        }
    }

    static CallbackData of(Action action, String answer) {
        return new CallbackData(action, answer);
    }

    static CallbackData of(Action action) {
        return new CallbackData(action, "");
    }

    String encoded() {
        String data = answer.isEmpty() ? action.code : action.code + ":" + answer;
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalStateException("callback data over " + MAX_BYTES + " bytes");
        }
        return data;
    }

    /** The callback the data names, or empty for anything the bot did not write (forged, stale, garbled). */
    static Optional<CallbackData> parse(String data) {
        if (data == null || data.length() > MAX_BYTES) {
            return Optional.empty();
        }
        int colon = data.indexOf(':');
        String code = colon < 0 ? data : data.substring(0, colon);
        String answer = colon < 0 ? "" : data.substring(colon + 1);
        return Arrays.stream(Action.values()).filter(action -> action.code.equals(code)).findFirst()
                .filter(action -> action.aboutAnAnswer ? AnswerIds.valid(answer) : colon < 0)
                .map(action -> new CallbackData(action, answer));
    }
}
