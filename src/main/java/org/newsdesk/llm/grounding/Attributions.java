package org.newsdesk.llm.grounding;

import java.util.regex.Pattern;

/**
 * Reported speech: a passage that says who claims something ("Kyiv has accused…", "Russia has said…")
 * must not become a bare fact in the answer. An answer sentence keeps the attribution when it says,
 * in any of the answer languages, that someone says, claims or reports it.
 */
final class Attributions {

    private static final String ENGLISH = "said|says|say|saying|told|tells|accus\\p{L}*|alleg\\p{L}*|claim\\p{L}*|"
            + "according|den(?:y|ies|ied)|insist\\p{L}*|stated|states|announc\\p{L}*|reveal\\p{L}*|assert\\p{L}*|"
            + "maintain\\p{L}*|argu(?:e|es|ed)|warn(?:s|ed)|report\\p{L}*|added|adds|wrote|writes|purported\\p{L}*";
    private static final Pattern REPORTING = Pattern.compile("(?iu)\\b(?:" + ENGLISH + ")\\b");
    /** Stems, so inflected Ukrainian and Russian forms match: "заявила", "звинувачує", "утверждают". */
    private static final Pattern REPORTING_STEM = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "за словами|за даними|за інформацією|за її словами|за його словами|каж|сказа|заяв|стверд|звинува|"
            + "повідом|нібито|оголоси|оголошу|розпові|дода|наголоси|визна|запевн|"
            + "по словам|по данным|по информации|по её словам|по его словам|говор|утвержд|обвин|сообщ|якобы|"
            + "объяв|рассказ|добав|подчеркн|призна|завери)");

    private Attributions() {
    }

    /** Whether a passage reports what someone says rather than stating it. */
    static boolean reports(String passage) {
        return REPORTING.matcher(passage).find() || REPORTING_STEM.matcher(passage).find();
    }

    /** Whether an answer sentence says that what it states is reported. */
    static boolean keptIn(String sentence) {
        return reports(sentence);
    }
}
