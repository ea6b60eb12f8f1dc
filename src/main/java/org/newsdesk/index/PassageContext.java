package org.newsdesk.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.Sentences;

/**
 * The article context a sentence needs to be found. News copy names its subject once and then refers
 * back to it: "she", "the 55-year-old", "the Slovenian-born former model" for a person named in the lead;
 * "the 1931 span", "this wind-scoured island", "the seven-storey building" for a thing; "the agency said"
 * for an institution named earlier. Such a sentence never says what it is about, so it is embedded again
 * with what it refers to in front ("Jane Doe: The 55-year-old said..."), and a descriptive subject of a
 * person also as a statement of its own ("Jane Doe is the 55-year-old"), so that a question naming the
 * person or thing finds it. Retrieval takes the best of these matches.
 *
 * <p>What a sentence refers to: for a person described rather than named ("the 42-year-old", "says the former
 * nurse, who is 66", see {@link PersonReference}), the person named last ({@link ArticlePeople}); an earlier name ending in the word the description ends in ("the court"
 * after "the International Criminal Court"), else the subject of the lead when it opens with a name or
 * names one ("The new central library in Norhavn will open..."). A lead subject that names nothing
 * ("Negotiators from 170 countries...") is given to no sentence: it would only make every later
 * sentence look like the lead. One instance reads one article, sentence by sentence in order.
 */
final class PassageContext {

    /**
     * Wire briefs run to three sentences, all about what the lead names: a later one ("About 9,800 runners
     * started the race") is read with the lead's names in front, whatever its subject.
     */
    static final int BRIEF_SENTENCES = 3;

    /** A sentence whose subject is a pronoun or a descriptive phrase about a person rather than a name. */
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:[Ss]he|[Hh]e|[Tt]hey|Her|His|Their|"
                    + "The\\s+(?:\\d+-year-old|[\\p{L}-]+-born|former|ex-|then-|veteran|outgoing|incoming))\\b");
    /** A subject that stands for one person: "she", "his", "the 19-year-old", not "they" (a team, a family). */
    private static final Pattern SINGLE_PERSON = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:[Ss]he|[Hh]e|Her|His|The\\s+\\d+-year-old)\\b");
    /** A person described, not a pronoun: "The veteran seamer", "The 61-year-old". */
    private static final Pattern DESCRIPTION_OPENING = Pattern.compile("[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?The\\s");
    /** A subject that stands for a group: "they", "their". */
    private static final Pattern GROUP_SUBJECT = Pattern.compile("^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:They|Their)\\b");
    /** A descriptive subject: "The" and the words before the verb that reports or acts. */
    private static final Pattern DESCRIPTIVE_SUBJECT = Pattern.compile(
            "^[“\"‘']?The\\s+((?:(?!said\\b|says\\b|told\\b|added\\b|announced\\b|revealed\\b|has\\b|had\\b|was\\b|is\\b"
                    + "|will\\b|would\\b|who\\b|,)[\\p{L}\\p{N}’'-]+\\s+){1,6}?)(?=said|says|told|added|announced|revealed"
                    + "|has|had|was|is|will|would|who|,)");
    /** A sentence opening with a definite description of a thing: "The 1931 span", "This island", "It". */
    private static final Pattern DEFINITE_OPENING = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?(?:(?:The|This|That|These|Those)\\s+[\\p{Ll}\\p{N}]|It\\b|Its\\b)");
    /**
     * "It" standing for a thing the sentence before named ("The Waal bridge was closed overnight. It reopened at
     * 06.15"), not the "it" of "it is unclear whether", "it was expected that", "it seems".
     */
    private static final Pattern IT_REFERS_BACK = Pattern.compile(
            "^[“\"‘']?(?:(?:But|And|So|Yet)\\s+)?It\\s+(?!(?:is|was|'s|’s|seems|seemed|appears|appeared|remains|remained"
                    + "|would|could|might|may|must|took|takes)\\b)"
            + "|^[“\"‘']?It\\s+(?:is|was)\\s+(?!(?:expected|understood|believed|thought|feared|hoped|estimated|reported"
                    + "|said|claimed|alleged|unclear|not)\\b)(?:\\p{Ll}+ed|built|made|hit|held|shut|known|given|taken|seen"
                    + "|found|sold|bought|brought|kept|struck|paid|sent|won)\\b");
    /** A verb of saying after a sentence's subject: "Marta Kowalska said ...", a person, whom no "it" stands for. */
    private static final Pattern SAYING_NEXT = Pattern.compile("^\\s*(?:said|says|told|added|warned|explained)\\b");
    /** "the court", "this agency", "the new library": a definite description inside a sentence, its last word a noun. */
    private static final Pattern DEFINITE_DESCRIPTION = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:[\\p{Ll}\\p{N}-]+\\s+){0,2}?(\\p{Ll}{3,})\\b");
    /** The capitalised run a lead sentence opens with: its grammatical subject in news style. */
    private static final Pattern LEAD_SUBJECT = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:and|of|the|de|al|bin)\\s+)?\\p{Lu}[\\p{L}.'’-]*)*");
    /**
     * The words a lead opens with, up to its verb: at most eight, ending before an auxiliary, a verb of
     * saying or a word in the past tense.
     */
    private static final Pattern LEAD_NOUN_PHRASE = Pattern.compile(
            "((?:(?!(?:will|would|has|have|had|is|are|was|were|can|could|may|might|must|should|said|says|"
                    + "did|does|do)\\b|\\p{Ll}+ed\\b)[\\p{L}\\p{N}’'-]++\\s++){1,8}?)(?=(?:will|would|has|have|had|is|"
                    + "are|was|were|can|could|may|might|must|should|said|says|did|does|do)\\b|\\p{Ll}+ed\\b)");
    /** A run of capitalised words: "Lindholm Marathon", "Drenovec". */
    private static final Pattern CAPITALISED_RUN = Pattern.compile(
            "(?<![\\p{L}’'-])\\p{Lu}[\\p{L}’'-]*+(?:\\s++\\p{Lu}[\\p{L}’'-]*+)*+");
    /**
     * A possessive: a lead's first word names something when it owns what follows ("Tallinn's city
     * government will buy..."), where a capitalised first word alone may be any word ("Police said...").
     */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /**
     * A name of several words that opens a lead ("Kestrel Aerial Logistics has begun …"), not a capitalised function
     * word before one ("On Saturday", "The Vortex Reef").
     */
    private static final Pattern OPENING_NAME = Pattern.compile(
            "(?!(?:The|A|An|This|That|These|Those|In|On|At|For|After|Before|When|While|But|And|Last|Next|Police)\\s)"
                    + "\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+");
    /** A capitalised word that is not the first: the phrase names something. */
    private static final Pattern NAMED_AFTER_FIRST = Pattern.compile("\\s\\p{Lu}");
    /**
     * A name of two or more capitalised words ("Environment Agency", "International Criminal Court"). It
     * starts only at the start of a word, and its words are taken whole (possessively), so that a
     * megabyte-long run of capitals is read once, not once from each of its letters.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}'’-])\\p{Lu}[\\p{L}'’-]*+(?:\\s++(?:(?:of|the|for|and|de)\\s++)?\\p{Lu}[\\p{L}'’-]*+)+");

    /**
     * An interviewer's question in a printed interview ("Q: Where do the trains come from?", "Q. And the price?"), or an
     * explainer's numbered question over its answer ("4. What went wrong?").
     */
    private static final Pattern INTERVIEW_QUESTION = Pattern.compile(
            "^(?:Q[:.]\\s++(?<asked>.+)|\\d{1,2}[.)]\\s++(?<numbered>[^\\n]+\\?))$", Pattern.DOTALL);

    /** A question on a line of its own, as a page of questions and answers heads each answer with one. */
    private static final Pattern HEADING_QUESTION = Pattern.compile("\\s*\\p{Lu}[^\\n]{2,200}\\?\\s*");

    private final String protagonist;
    /** The people the article names, whom a later description ("says the former nurse") may refer back to. */
    private final ArticlePeople people;
    /**
     * The interviewer's last question, which the answer's sentences after it reply to ("A: We leave Oslo at 17:52 and
     * arrive at 09:32" to "How long is the trip?"); empty before the first.
     */
    private String lastQuestion = "";
    /** The person brought in last, in the sentences read so far: whom "the 42-year-old" later refers to. */
    private String lastPerson = "";
    /** The person the sentence before named last, or empty when it named no one. */
    private String personJustNamed = "";
    /** The lead's subject when it names something, for sentences that open with a description of a thing. */
    private final String subject;
    /**
     * The multi-word names of the sentences read so far by their last word in lower case ("court" for "International
     * Criminal Court"), each word's names in the order last mentioned: a description is matched against the names
     * ending in its noun only, so an article of thousands of names is read in time linear in its length.
     */
    private final Map<String, LinkedHashSet<String>> namesByLastWord = new HashMap<>();
    /**
     * What the sentence before was about when it opened by naming a thing ("The Waal bridge" of "The Waal bridge was
     * closed ..."), or what its "it" stood for: whom the next sentence's "it" refers to; empty otherwise.
     */
    private String thingBefore = "";
    /** The last name of the sentence before that is no person's (a team, a company): whom "they" there refers to. */
    private String groupBefore = "";
    /** The names of a brief's lead, which every later sentence of the brief is about; empty for a longer article. */
    private final String briefLead;

    private PassageContext(String protagonist, ArticlePeople people, String subject, String briefLead) {
        this.protagonist = protagonist;
        this.people = people;
        this.subject = subject;
        this.briefLead = briefLead;
    }

    /** A reader of the given article's sentences, which must then be passed to {@link #of} in order. */
    static PassageContext of(Article article) {
        List<Sentences.Span> sentences = Sentences.split(article.body(), article.lead(), article.end());
        String lead = reportLead(article, sentences);
        String protagonist = protagonist(lead);
        String briefLead = sentences.size() > 1 && sentences.size() <= BRIEF_SENTENCES ? namesIn(lead) : "";
        ArticlePeople people = ArticlePeople.in(sentences.stream().map(sentence -> sentence.of(article.body())).toList());
        return new PassageContext(protagonist, people, protagonist.isEmpty() ? namedSubject(lead) : protagonist, briefLead);
    }

    /**
     * The report's first sentence, from where the report opens: under a standfirst and its byline, it is the
     * sentence after them, its dateline left out ("Margo Haldane will be the next mayor ..." of "KAMLOOPS — Margo
     * Haldane will be ..."), not the standfirst, which may open with anyone the story names ("Restaurateur Tevita
     * Fonua concedes ...").
     */
    private static String reportLead(Article article, List<Sentences.Span> sentences) {
        for (Sentences.Span sentence : sentences) {
            if (sentence.end() > article.opening()) {
                return article.body().substring(Math.max(sentence.start(), article.opening()), sentence.end());
            }
        }
        return "";
    }

    /**
     * The words of the lead before its verb ("The new central library in Norhavn" of "The new central
     * library in Norhavn will be named..."), when they name something (a capitalised word after the
     * first); otherwise empty.
     */
    static String namedSubject(String lead) {
        Matcher subject = LEAD_NOUN_PHRASE.matcher(lead);
        return subject.lookingAt() && NAMED_AFTER_FIRST.matcher(subject.group(1)).find() ? subject.group(1).strip() : "";
    }

    /**
     * The names a lead gives, past its first word, joined ("Meseret Alemu, Lindholm Marathon"): what a brief's
     * later sentences are about. Only the names: the whole lead in front would make each of them read as
     * the lead itself.
     */
    static String namesIn(String lead) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = CAPITALISED_RUN.matcher(lead);
        while (name.find()) {
            if (name.start() > 0 || POSSESSIVE.matcher(name.group()).find() || OPENING_NAME.matcher(name.group()).matches()) {
                names.add(name.group());
            }
        }
        return String.join(", ", names);
    }

    /** The subject of an article's lead sentence, or empty when the lead does not open with a name. */
    static String protagonist(String lead) {
        Matcher subject = LEAD_SUBJECT.matcher(lead);
        return subject.find() && subject.group().contains(" ") ? subject.group() : "";
    }

    /**
     * The texts to embed beside the next sentence of the article: none when it names its subject.
     *
     * @param ownLine whether the sentence is a line of its own, as a question heading what follows it on a page of
     *                questions and answers ("Can I keep hens or bees?" over "Up to six hens on a full plot, …")
     */
    List<String> of(String sentence, boolean lead, boolean ownLine) {
        List<String> contexts = lead ? List.of() : contexts(sentence);
        Matcher question = INTERVIEW_QUESTION.matcher(sentence);
        if (question.matches()) {
            lastQuestion = (question.group("asked") != null ? question.group("asked") : question.group("numbered")).strip();
        } else if (ownLine && HEADING_QUESTION.matcher(sentence).matches()) {
            lastQuestion = sentence.strip();
        } else if (!lastQuestion.isEmpty()) {
            contexts = new ArrayList<>(contexts);
            contexts.add(lastQuestion + " " + sentence);
            contexts = List.copyOf(contexts);
        }
        Matcher name = NAME.matcher(sentence);
        groupBefore = "";
        while (name.find()) {
            Set<String> sameLastWord = namesByLastWord.computeIfAbsent(lastWord(name.group()), word -> new LinkedHashSet<>());
            sameLastWord.remove(name.group());
            sameLastWord.add(name.group());
            if (!people.isPerson(name.group())) {
                groupBefore = name.group();
            }
        }
        personJustNamed = people.lastNamedIn(sentence).orElse("");
        lastPerson = personJustNamed.isEmpty() ? lastPerson : personJustNamed;
        thingBefore = thingNamedBy(sentence);
        return contexts;
    }

    private List<String> contexts(String sentence) {
        boolean personBefore = !lastPerson.isEmpty() && !sentence.contains(lastPerson);
        // a person described inside the sentence ("says the 61-year-old") is the one named last, not the lead's
        Optional<String> described = personBefore ? PersonReference.inside(sentence) : Optional.empty();
        if (described.isPresent()) {
            return List.of(lastPerson + ": " + sentence, lastPerson + " is " + described.get() + ".");
        }
        // "It was a cruel end for Ellen Valley. Their coach, Steve Harraway, ...": the group the sentence before named
        if (!groupBefore.isEmpty() && !sentence.contains(groupBefore) && GROUP_SUBJECT.matcher(sentence).find()) {
            return List.of(groupBefore + ": " + sentence);
        }
        if (!protagonist.isEmpty() && UNNAMED_SUBJECT.matcher(sentence).find()) {
            // "she" or "the 19-year-old" is the lead's subject when that is a person; when it is a team or a town ("Ehen
            // Vale 24 Ellen Valley 22"), it is the person named last
            // and "he" after a lead about a woman is the man named last, when the article calls him "he"
            Matcher pronoun = ArticlePeople.OPENING_PRONOUN.matcher(sentence);
            boolean notTheLeads = pronoun.lookingAt() && people.cannotBe(protagonist, pronoun.group(1))
                    && !people.cannotBe(lastPerson, pronoun.group(1));
            // and a description ("The veteran seamer, who is 44 ...") right after a sentence that brought in someone
            // else is about them: news names a person, then describes them
            boolean describesTheOneJustNamed = personBefore && lastPerson.equals(personJustNamed)
                    && DESCRIPTION_OPENING.matcher(sentence).lookingAt();
            boolean lastOne = personBefore && (!people.isPerson(protagonist) || notTheLeads)
                    && SINGLE_PERSON.matcher(sentence).find();
            String person = lastOne || describesTheOneJustNamed ? lastPerson : protagonist;
            List<String> contexts = new ArrayList<>();
            contexts.add(person + ": " + sentence);
            Matcher descriptive = DESCRIPTIVE_SUBJECT.matcher(sentence);
            if (descriptive.find()) {
                contexts.add(person + " is the " + descriptive.group(1).strip() + ".");
            }
            return List.copyOf(contexts);
        }
        // "she" after a lead that opens with a scene ("When the pager on Marlene Voss's counter goes off, the 74-year-old
        // ..."): no lead subject to stand for, so the person named last
        if (protagonist.isEmpty() && personBefore && SINGLE_PERSON.matcher(sentence).find()) {
            return List.of(lastPerson + ": " + sentence);
        }
        Optional<String> opening = personBefore ? PersonReference.opening(sentence) : Optional.empty();
        if (opening.isPresent()) {
            return List.of(lastPerson + ": " + sentence, lastPerson + " is " + opening.get() + ".");
        }
        String named = namedEarlier(sentence);
        if (!named.isEmpty()) {
            return List.of(named + ": " + sentence);
        }
        // a quote's speaker by description ("says the farmer"), once no institution named earlier fits it
        Optional<String> speaker = personBefore ? PersonReference.speaker(sentence) : Optional.empty();
        if (speaker.isPresent()) {
            return List.of(lastPerson + ": " + sentence, lastPerson + " is " + speaker.get() + ".");
        }
        if (!thingBefore.isEmpty() && !sentence.contains(thingBefore) && IT_REFERS_BACK.matcher(sentence).find()) {
            return List.of(thingBefore + ": " + sentence);
        }
        if (DEFINITE_OPENING.matcher(sentence).find() && !subject.isEmpty() && !sentence.contains(subject)) {
            return List.of(subject + ": " + sentence);
        }
        if (!briefLead.isEmpty()) {
            return List.of(briefLead + ": " + sentence);
        }
        return List.of();
    }

    /**
     * The thing a sentence opens by naming, no person ("The Waal bridge"), or for a sentence whose "it" refers back, the
     * thing that "it" stood for; empty otherwise.
     */
    private String thingNamedBy(String sentence) {
        if (IT_REFERS_BACK.matcher(sentence).find()) {
            return thingBefore;
        }
        String named = namedSubject(sentence);
        if (named.isEmpty() || people.isPerson(named)) {
            return "";
        }
        boolean aSpeaker = SAYING_NEXT.matcher(sentence.substring(sentence.indexOf(named) + named.length())).find();
        return aSpeaker ? "" : named;
    }

    /** The latest earlier name that a definite description of the sentence ends like ("the court"), or empty. */
    private String namedEarlier(String sentence) {
        Matcher description = DEFINITE_DESCRIPTION.matcher(sentence);
        while (description.find()) {
            LinkedHashSet<String> named = namesByLastWord.get(description.group(1));
            if (named != null) {
                List<String> latestFirst = new ArrayList<>(named);
                for (int i = latestFirst.size() - 1; i >= 0; i--) {
                    if (!sentence.contains(latestFirst.get(i))) {
                        return latestFirst.get(i);
                    }
                }
            }
        }
        return "";
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }
}
