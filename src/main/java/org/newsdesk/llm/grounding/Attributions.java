package org.newsdesk.llm.grounding;

import java.util.regex.Pattern;

/**
 * Reported speech: a passage that says who claims something ("Kyiv has accused…", "Russia has said…")
 * must not become a bare fact in the answer. An answer sentence keeps the attribution when it says,
 * in any of the answer languages, that someone says, claims or reports it.
 */
final class Attributions {

    /** Verbs that report speech in a passage; nouns ("allegations", "reports") do not make a claim reported. */
    private static final Pattern REPORTING_VERB = Pattern.compile("(?iu)\\b(?:said|says|say|told|tells|"
            + "accus(?:e|es|ed|ing)|alleg(?:e|es|ed|edly)|claim(?:s|ed)|according to|den(?:y|ies|ied)|insist(?:s|ed)|"
            + "stated|announc(?:es|ed)|reveal(?:s|ed)|assert(?:s|ed)|maintain(?:s|ed)|argu(?:e|es|ed)|warn(?:s|ed)|"
            + "reported(?:ly)?|added|adds|wrote|writes|confirm(?:s|ed))\\b");
    /** Words that keep an attribution in an English answer, verbs and nouns alike. */
    private static final Pattern ATTRIBUTION_WORD = Pattern.compile("(?iu)\\b(?:said|says|say|saying|told|tells|"
            + "accus\\p{L}*|alleg\\p{L}*|charg\\p{L}*|claim\\p{L}*|according|den(?:y|ies|ied)|insist\\p{L}*|stat(?:ed|es|ement)|"
            + "announc\\p{L}*|reveal\\p{L}*|assert\\p{L}*|maintain\\p{L}*|argu\\p{L}*|warn\\p{L}*|report\\p{L}*|"
            + "added|adds|wrote|writes|confirm\\p{L}*|purported\\p{L}*)\\b");
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
        return REPORTING_VERB.matcher(passage).find() || REPORTING_STEM.matcher(passage).find();
    }

    /** Whether an answer sentence says that what it states is reported. */
    static boolean keptIn(String sentence) {
        return ATTRIBUTION_WORD.matcher(sentence).find() || REPORTING_STEM.matcher(sentence).find();
    }
}
