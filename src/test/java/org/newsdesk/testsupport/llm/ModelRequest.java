package org.newsdesk.testsupport.llm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One chat request a fake model server received, as role-tagged messages.
 *
 * @param streaming whether the client asked for the answer to be streamed
 */
public record ModelRequest(String path, String model, boolean streaming, List<Message> messages, String body) {

    public record Message(String role, String content) {
    }

    private static final Pattern NUMBERED = Pattern.compile("(?m)^\\[(\\d+)] (.*)$");

    public enum Kind {
        /** the follow-up rewrite: one user message, no system message */
        REWRITE,
        /** the answer to a question, with numbered passages */
        ANSWER,
        /** the one repair attempt of an answer or a summary that failed the check */
        REPAIR,
        /** a summary of the coverage, written from numbered passages, with no reader's question */
        SUMMARY,
        /** the second opinion: do these quoted words support these statements? */
        VERIFY
    }

    public Kind kind() {
        if (lastUser().contains("<statements>")) {
            return Kind.VERIFY;
        }
        if (system().isEmpty()) {
            return Kind.REWRITE;
        }
        if (lastUser().contains("<draft>")) {
            return Kind.REPAIR;
        }
        return lastUser().contains("<question>") ? Kind.ANSWER : Kind.SUMMARY;
    }

    public String system() {
        return messages.stream().filter(m -> m.role().equals("system")).map(Message::content).findFirst().orElse("");
    }

    public String lastUser() {
        String last = "";
        for (Message message : messages) {
            if (message.role().equals("user")) {
                last = message.content();
            }
        }
        return last;
    }

    /** The number the request gives the passage containing {@code phrase}; fails the test if there is none. */
    public int passageWith(String phrase) {
        Matcher numbered = NUMBERED.matcher(lastUser());
        while (numbered.find()) {
            if (numbered.group(2).contains(phrase)) {
                return Integer.parseInt(numbered.group(1));
            }
        }
        throw new AssertionError("no passage containing '" + phrase + "' in:\n" + lastUser());
    }

    /** The text of the passage containing {@code phrase}; fails the test if there is none. */
    public String passageTextWith(String phrase) {
        Matcher numbered = NUMBERED.matcher(lastUser());
        while (numbered.find()) {
            if (numbered.group(2).contains(phrase)) {
                return numbered.group(2);
            }
        }
        throw new AssertionError("no passage containing '" + phrase + "' in:\n" + lastUser());
    }

    /** How many numbered passages the request gives. */
    public int passageCount() {
        Matcher numbered = NUMBERED.matcher(lastUser());
        int count = 0;
        while (numbered.find()) {
            count++;
        }
        return count;
    }
}
