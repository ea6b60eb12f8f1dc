package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reported speech: a passage that says who claims something ("Kyiv has accused…", "Russia has said…")
 * must not become a bare fact in the answer. An answer sentence keeps the attribution when it says,
 * in any of the answer languages, that someone says, claims or reports it.
 */
final class Attributions {

    /**
     * Verbs that report speech in a passage; nouns ("allegations", "reports") do not make a claim reported, nor
     * does "reported a net loss", where the verb's object is a thing the subject discloses, not its words.
     */
    private static final Pattern REPORTING_VERB = Pattern.compile("(?iu)\\b(?:said|says|say|told|tells|"
            + "accus(?:e|es|ed|ing)|alleg(?:e|es|ed|edly)|claim(?:s|ed)|according to|den(?:y|ies|ied)|insist(?:s|ed)|"
            + "stated|announc(?:es|ed)|reveal(?:s|ed)|assert(?:s|ed)|maintain(?:s|ed)|argu(?:e|es|ed)|warn(?:s|ed)|"
            + "reported(?!\\s+(?:a|an)\\s)|reportedly|added|adds|wrote|writes|confirm(?:s|ed))\\b");
    /** Participles of suspicion that may modify a noun: "the alleged ringleader", "the accused men". */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?iu)alleged|accused");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?iu)\\b(?:the|a|an|its|his|her|their)\\s+$");
    /** Verbs of reporting that state what they take as established: "confirmed". */
    private static final Pattern CONFIRMING_VERB = Pattern.compile("(?iu)confirm(?:s|ed)");
    /**
     * Words that keep an attribution in an English answer, verbs and nouns alike ("tracking data showed" keeps
     * "according to tracking data", "in the view of the council" keeps "the council said").
     */
    private static final Pattern ATTRIBUTION_WORD = Pattern.compile("(?iu)\\b(?:said|says|say|saying|told|tells|"
            + "accus\\p{L}*|alleg\\p{L}*|charg\\p{L}*|claim\\p{L}*|according|den(?:y|ies|ied)|insist\\p{L}*|stat(?:ed|es|ement)|"
            + "announc\\p{L}*|reveal\\p{L}*|assert\\p{L}*|maintain\\p{L}*|argu\\p{L}*|warn\\p{L}*|report\\p{L}*|"
            + "added|adds|wrote|writes|confirm\\p{L}*|purported\\p{L}*|show(?:s|ed|n|ing)?|believ\\p{L}*"
            // "in the view of the fiscal council", "in its view", "in the opinion of the court"
            + "|in\\s+(?:the|its|his|her|their|[\\p{L}.-]+['’]s?)\\s+view|in\\s+the\\s+opinion\\s+of)\\b");
    /** Stems, so inflected Ukrainian and Russian forms match: "заявила", "звинувачує", "утверждают". */
    private static final Pattern REPORTING_STEM = Pattern.compile("(?iu)(?<!\\p{L})(?:"
            + "за словами|за даними|за інформацією|за її словами|за його словами|каж|сказа|заяв|стверд|звинува|"
            + "повідом|нібито|оголоси|оголошу|розпові|дода|наголоси|визна|запевн|"
            + "по словам|по данным|по информации|по её словам|по его словам|говор|утвержд|обвин|сообщ|якобы|"
            + "объяв|рассказ|добав|подчеркн|призна|завери)");

    /**
     * Where a sentence's clauses meet: a semicolon, ", and", ", but", "while", "whereas", "although"; where a
     * relative clause set off by a comma starts (", where he is accused of fraud" reports an accusation that the
     * clause before it does not); and where "and" joins a verb of saying to the subject's earlier verb: in "Park
     * welcomed her and said the two countries would double trade", only what follows "said" is reported, so a
     * span on the welcoming is no one's words.
     */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            ";|,\\s+(?:and|but)\\s+|\\s+(?:but|while|whereas|although|though)\\s+|,\\s+(?=(?:where|which|who|whom)\\s)"
                    + "|\\s+and\\s+(?=" + REPORTING_VERB.pattern().replace("(?iu)", "") + ")");

    private Attributions() {
    }

    /**
     * The clauses of a passage that its quoted spans fall in, where a reporting verb would make them
     * reported: in "The agreement follows two years of talks, and Nordic Steel denied reports that ...", the
     * first clause is not reported. Each clause is cut where the spans in it end. The whole passage when none of
     * the spans is found in it (they may be another passage's).
     */
    static String partHolding(String passage, List<String> spans) {
        String cased = QuotedPhrases.normalisedKeepingCase(passage);
        String text = cased.toLowerCase(java.util.Locale.ROOT);
        // the part is cut from the text as written, whose capitals the tagger reads names by
        String written = cased.length() == text.length() ? cased : text;
        List<int[]> ranges = new ArrayList<>();
        for (String span : spans) {
            String needle = QuotedPhrases.normalised(span).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
            int start = needle.isEmpty() ? -1 : text.indexOf(needle);
            if (start >= 0) {
                ranges.add(new int[] {start, start + needle.length()});
            }
        }
        if (ranges.isEmpty()) {
            return passage;
        }
        StringBuilder part = new StringBuilder();
        Matcher breaks = CLAUSE_BREAK.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int to = breaks.find() ? breaks.start() : text.length();
            int pieceStart = from;
            // a piece ends where the spans in it end: a span that stops before ", the ministry said" cites the
            // statement, not its attribution, and a sentence that restates only the span keeps all it cites
            int end = ranges.stream().filter(range -> range[0] < to && range[1] > pieceStart)
                    .mapToInt(range -> Math.min(range[1], to)).max().orElse(-1);
            if (end >= 0) {
                part.append(written, from, end).append(' ');
            }
            from = to < text.length() ? breaks.end() : to;
        }
        return part.toString().strip();
    }

    /**
     * Whether a passage reports what someone claims: by a verb of reporting other than one that confirms. What
     * a party confirms ("Lund will leave Kiel for Barcelona, the club confirmed") the report gives as a fact it
     * has established, which an answer may state as one; a claim ("the club said") stays the club's.
     */
    static boolean reportsClaim(String passage) {
        Matcher verbs = REPORTING_VERB.matcher(passage);
        Set<String> nouns = null;
        while (verbs.find()) {
            if (CONFIRMING_VERB.matcher(verbs.group()).matches()) {
                continue;
            }
            // "the alleged ringleader was remanded in custody": a participle of suspicion after an article or a
            // possessive doubts its noun, not the clause, which the passage states as a fact ("a suspicion said as
            // fact" is the modality check's)
            if (ATTRIBUTIVE.matcher(verbs.group()).matches()
                    && DETERMINER_BEFORE.matcher(passage.substring(Math.max(0, verbs.start() - 8), verbs.start())).find()) {
                continue;
            }
            // "driven by claims from the grounding": a noun reports no one's words
            nouns = nouns != null ? nouns : nounsIn(passage);
            if (!nouns.contains(verbs.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return REPORTING_STEM.matcher(passage).find();
    }

    /** The words of an English text its tagger reads as nouns, in lower case. */
    static Set<String> nounsIn(String text) {
        return Statement.of(text).tokens.stream().filter(token -> token.is("NOUN")).map(Token::lower)
                .collect(Collectors.toSet());
    }

    /** Whether a passage reports what someone says rather than stating it. */
    static boolean reports(String passage) {
        return REPORTING_VERB.matcher(passage).find() || REPORTING_STEM.matcher(passage).find();
    }

    /** Whether an answer sentence says that what it states is reported. */
    static boolean keptIn(String sentence) {
        return ATTRIBUTION_WORD.matcher(sentence).find() || REPORTING_STEM.matcher(sentence).find();
    }

    /** The English words of an answer sentence that say what it states is reported, in lower case. */
    static List<String> attributionWordsIn(String sentence) {
        List<String> words = new ArrayList<>();
        Matcher word = ATTRIBUTION_WORD.matcher(sentence);
        while (word.find()) {
            // a capitalised word inside a sentence is part of a name: "the United States"
            if (word.start() > 0 && Character.isUpperCase(word.group().charAt(0))) {
                continue;
            }
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
