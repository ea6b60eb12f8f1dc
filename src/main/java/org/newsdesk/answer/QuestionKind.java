package org.newsdesk.answer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What sort of thing a question asks for, read from its wording, and whether a sentence contains
 * something of that sort. A sentence that cannot hold the answer ("how many...?" answered by a
 * sentence without any quantity) is a weaker candidate, whatever its similarity.
 */
enum QuestionKind {
    QUANTITY("^(how (many|much|old|long|far|big|large|often)|what (number|percentage|share|age|amount))\\b",
            "\\p{N}|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundreds?|thousands?|millions?|billions?|dozens?|several|few|many|half|all|none|"
                    + "weeks?|days?|months?|years?|hours?|first|second|third|single|once|twice|rare(ly)?|often)\\b"),
    TIME("^(when|what (time|date|day|month|year)|since when|by when|how soon)\\b",
            "\\p{N}|\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|"
                    + "week|month|year|hours?|days?|since|after|before|during|ago|last|next|later|earlier|"
                    + "morning|evening|night|spring|summer|autumn|winter)\\b"),
    PERSON("^(who|whom|whose|which (person|official|leader|man|woman|people))\\b", "(?-i)(?<!^)\\b\\p{Lu}\\p{L}+|\\b(?i)(he|she|they|officials?|spokes\\w+|president|minister|leader|representative|commissioner|court|team)\\b"),
    PLACE("^(where|from where|which (country|city|town|region|place|countries|cities|part))\\b",
            "(?-i)(?<!^)\\b\\p{Lu}\\p{L}+|\\b(?i)(in|at|to|from|across|near|border|region|city|country|home|house)\\b"),
    REASON("^(why|for what reason|what (caused|prompted|led))\\b",
            "\\b(because|due to|for|after|over|since|so that|to|as)\\b"),
    OTHER("$^", "");

    private final Pattern question;
    private final Pattern evidence;

    QuestionKind(String question, String evidence) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        this.evidence = Pattern.compile(evidence, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static QuestionKind of(String question) {
        String start = question.strip().toLowerCase(Locale.ROOT).replaceFirst("^(and|so|but|then|also|ok|okay)[, ]+", "");
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
