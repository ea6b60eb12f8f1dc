package org.newsdesk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.Sentences;

/**
 * The article context a sentence needs to be found. News copy names its protagonist in the lead
 * ("US First Lady Melania Trump announced...") and then refers to them as "she", "the 55-year-old" or
 * "the Slovenian-born former model": such a sentence never says whom it is about. It is embedded
 * again with the lead's subject in front, and a descriptive subject also as a statement of its own
 * ("US First Lady Melania Trump is the 55-year-old"), so that a question about the person's age,
 * origin or past finds it. Retrieval takes the best of these matches.
 */
final class PassageContext {

    /** A sentence whose subject is a pronoun or a descriptive phrase rather than a name. */
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:[Ss]he|[Hh]e|[Tt]hey|Her|His|Their|"
                    + "The\\s+(?:\\d+-year-old|[\\p{L}-]+-born|former|ex-|then-|veteran|outgoing|incoming))\\b");
    /** A descriptive subject: "The" and the words before the verb that reports or acts. */
    private static final Pattern DESCRIPTIVE_SUBJECT = Pattern.compile(
            "^[“\"‘']?The\\s+((?:(?!said\\b|says\\b|told\\b|added\\b|announced\\b|revealed\\b|has\\b|had\\b|was\\b|is\\b"
                    + "|will\\b|would\\b|who\\b|,)[\\p{L}\\p{N}’'-]+\\s+){1,6}?)(?=said|says|told|added|announced|revealed"
                    + "|has|had|was|is|will|would|who|,)");
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

    /** The texts to embed beside the sentence itself: none when the sentence names its subject. */
    static List<String> of(String sentence, String protagonist) {
        if (protagonist.isEmpty() || !UNNAMED_SUBJECT.matcher(sentence).find()) {
            return List.of();
        }
        List<String> contexts = new ArrayList<>();
        contexts.add(protagonist + ": " + sentence);
        Matcher descriptive = DESCRIPTIVE_SUBJECT.matcher(sentence);
        if (descriptive.find()) {
            contexts.add(protagonist + " is the " + descriptive.group(1).strip() + ".");
        }
        return List.copyOf(contexts);
    }
}
