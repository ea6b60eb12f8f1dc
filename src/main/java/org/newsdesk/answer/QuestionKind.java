package org.newsdesk.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What sort of thing a question asks for, read from its wording, and whether a sentence contains
 * something of that sort. Only kinds whose evidence can be recognised reliably are told apart: a
 * "how many" question wants a figure, a "when" question a date or time; other questions are OTHER.
 */
enum QuestionKind {
    QUANTITY("^(how (many|much|old)|what (number|percentage|share|age|amount|proportion))\\b",
            "\\p{N}|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|"
                    + "thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|half|single|both)\\b"),
    DURATION("^(how long|for how long|how soon|in what (period|time))\\b",
            "\\p{N}|\\b(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|since|until|overnight)\\b"),
    FREQUENCY("^how often\\b",
            "\\b(rare(ly)?|often|once|twice|daily|weekly|monthly|yearly|annual(ly)?|every|never|always|usually|"
                    + "sometimes|frequent(ly)?|occasional(ly)?|regular(ly)?|repeated(ly)?|times)\\b"),
    TIME("^(when|what (time|date|day|month|year)|since when|by when|on what (day|date))\\b",
            "\\p{N}|\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|"
                    + "week|month|year|hours?|days?|ago|last|next|later|earlier|morning|evening|night|"
                    + "spring|summer|autumn|winter)\\b"),
    OTHER("$^", "");

    private final Pattern question;
    private final Pattern evidence;

    QuestionKind(String question, String evidence) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        this.evidence = Pattern.compile(evidence, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static QuestionKind of(String question) {
        String start = question.strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^(and|so|but|then|also|ok|okay|tell me|do you know)[, ]+", "");
        for (QuestionKind kind : values()) {
            if (kind != OTHER && kind.question.matcher(start).find()) {
                return kind;
            }
        }
        return OTHER;
    }

    /** Whether a sentence contains something that could answer this kind of question. */
    boolean canBeAnsweredBy(String sentence) {
        return this == OTHER || evidence.matcher(sentence).find();
    }
}
