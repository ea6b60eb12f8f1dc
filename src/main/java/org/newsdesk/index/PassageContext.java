package org.newsdesk.index;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.Sentences;

/**
 * The article context a sentence needs to be found. News copy names its protagonist in the lead
 * ("US First Lady Melania Trump announced...") and then refers to them as "she", "the 55-year-old" or
 * "the Slovenian-born former model": such a sentence never says whom it is about. It is embedded a
 * second time with the lead's subject in front, and retrieval takes the better of the two matches.
 */
final class PassageContext {

    /** A sentence whose subject is a pronoun or a descriptive phrase rather than a name. */
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:[Ss]he|[Hh]e|[Tt]hey|Her|His|Their|"
                    + "The\\s+(?:\\d+-year-old|[\\p{L}-]+-born|former|ex-|then-|veteran|outgoing|incoming))\\b");
    /** The capitalised run a lead sentence opens with: its grammatical subject in news style. */
    private static final Pattern LEAD_SUBJECT = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:and|of|the|de|al|bin)\\s+)?\\p{Lu}[\\p{L}.'’-]*)*");

    private PassageContext() {
    }

    /** The subject of the article's lead sentence, or empty when the lead does not open with a name. */
    static String protagonist(Article article) {
        List<Sentences.Span> sentences = Sentences.split(article.body(), article.lead(), article.end());
        if (sentences.isEmpty()) {
            return "";
        }
        Matcher subject = LEAD_SUBJECT.matcher(sentences.get(0).of(article.body()));
        return subject.find() && subject.group().contains(" ") ? subject.group() : "";
    }

    /** The sentence with the protagonist in front when it needs it, else empty. */
    static String of(String sentence, String protagonist) {
        if (protagonist.isEmpty() || !UNNAMED_SUBJECT.matcher(sentence).find()) {
            return "";
        }
        return protagonist + ": " + sentence;
    }
}
