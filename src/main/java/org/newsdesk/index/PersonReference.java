package org.newsdesk.index;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person referred back to inside a sentence by a description rather than a name, as features do once they have
 * named someone: "says the 61-year-old", "says the former nurse, who is 66", "At 24, the geologist is the youngest",
 * "The 39-year-old accountant from Leeds had walked up", "The retired dinner lady, 71, said". Each gives a statement
 * to read with the person's name in front ("the former nurse, who is 66"), so that "How old is Ruth Gilchrist?" finds
 * the sentence that says it.
 */
final class PersonReference {

    /** A word of a description: "former", "nurse", "union", "man". */
    private static final String WORD = "[\\p{Ll}-]+";
    /** "the 42-year-old" and nothing it qualifies after it, only a pause or a verb ("the 127-year-old crossing" is no person). */
    private static final Pattern BY_AGE = Pattern.compile("(?<=[\\s,])the\\s+(\\d{1,3}-year-old)"
            + "(?=\\s*(?:[,.;:!?”\"]|$)|\\s+(?:said|says|told|tells|added|adds|recalled|recalls|explained|explains|"
            + "who|has|had|was|is|will|would)\\b)");
    /** "the former nurse, who is 66", "the agronomist, now 38", "the widower, aged 74". */
    private static final Pattern AGE_AFTER = Pattern.compile(
            "\\bthe\\s+((?:" + WORD + "\\s+){0,2}?" + WORD + "),\\s+(?:who\\s+is|now|aged)\\s+(\\d{1,3})\\b");
    /** "At 24, the geologist …". */
    private static final Pattern AGE_BEFORE = Pattern.compile(
            "^[“\"‘']?At\\s+(\\d{1,3}),\\s+the\\s+((?:" + WORD + "\\s+){0,2}?" + WORD + ")\\b");
    /** A sentence that opens with the person's age and what they are: "The 39-year-old accountant …". */
    private static final Pattern OPENING_AGE = Pattern.compile("^[“\"‘']?The\\s+(\\d{1,3}-year-old(?:\\s+" + WORD + ")?)");
    /** A sentence that opens with what the person is and their age between commas: "The retired dinner lady, 71, said …". */
    private static final Pattern OPENING_APPOSITIVE_AGE = Pattern.compile(
            "^[“\"‘']?The\\s+((?:" + WORD + "\\s+){0,2}?" + WORD + "),\\s+(\\d{1,3}),");
    /** Who speaks in a quote, by description: "…," says the farmer. */
    private static final Pattern SPEAKER = Pattern.compile("\\b(?:said|says|added|adds|told|tells)\\s+the\\s+((?:"
            + WORD + "\\s+){0,2}?" + WORD + ")(?=\\s*(?:[,.;:!?”\"]|$))");
    private static final Pattern QUOTE_MARK = Pattern.compile("[“”\"]");

    private PersonReference() {
    }

    /** What the sentence says of a person by their age inside it ("the 61-year-old", "the agronomist, now 38"). */
    static Optional<String> inside(String sentence) {
        Matcher ageAfter = AGE_AFTER.matcher(sentence);
        if (ageAfter.find()) {
            return Optional.of(ageAfter.group(2) + ", the " + ageAfter.group(1));
        }
        Matcher byAge = BY_AGE.matcher(sentence);
        return byAge.find() ? Optional.of("the " + byAge.group(1)) : Optional.empty();
    }

    /** What a sentence that opens with a person's description says of them ("At 24, the geologist …"). */
    static Optional<String> opening(String sentence) {
        Matcher ageBefore = AGE_BEFORE.matcher(sentence);
        if (ageBefore.find()) {
            return Optional.of(ageBefore.group(1) + ", the " + ageBefore.group(2));
        }
        Matcher appositive = OPENING_APPOSITIVE_AGE.matcher(sentence);
        if (appositive.find()) {
            return Optional.of(appositive.group(2) + ", the " + appositive.group(1));
        }
        Matcher opening = OPENING_AGE.matcher(sentence);
        return opening.find() ? Optional.of("the " + opening.group(1)) : Optional.empty();
    }

    /** The description of the speaker of a quote ("says the former nurse"), if the sentence quotes someone so. */
    static Optional<String> speaker(String sentence) {
        Matcher speaker = SPEAKER.matcher(sentence);
        return QUOTE_MARK.matcher(sentence).find() && speaker.find() ? Optional.of("the " + speaker.group(1))
                : Optional.empty();
    }
}
