package org.newsdesk.knowledge;

import java.util.regex.Pattern;

/**
 * The links a web page sets between its paragraphs: {@code RELATED: Sneaker wave warning issued for the coast},
 * {@code READ MORE: …}, {@code WATCH: …}. They name another story, so they are no passage of this one: quoted, one
 * would answer a question with a headline the article does not report.
 */
public final class LinkLines {

    private static final Pattern LINK = Pattern.compile(
            "\\A(?:RELATED(?: STORY| STORIES| CONTENT| COVERAGE)?|READ MORE|READ ALSO|ALSO READ|MORE|SEE ALSO|WATCH|LISTEN"
                    + "|VIDEO|PHOTOS|RECOMMENDED|TRENDING|MORE FROM \\p{Lu}[\\p{L} ]{0,30}|SIGN UP|SUBSCRIBE)\\s*[:|>»-]");

    private LinkLines() {
    }

    /** Whether a sentence is one of these links rather than reporting. */
    public static boolean isLink(String sentence) {
        return LINK.matcher(sentence.stripLeading()).lookingAt();
    }
}
