package org.newsdesk.desk;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a request for one of the desk's {@link Feature}s ("give me a summary", "what are the key
 * facts?", "which articles do you have?", "хронологія") from a question. A request is short and has no
 * focus of its own: after polite words and a verb ("please", "could you give me", "what are the"), what
 * remains must be one of a feature's names, optionally "of the articles" or such. So "summary" is a
 * request and "what is the summary of the mayor's speech" a question. English, Ukrainian and Russian.
 */
public final class Requests {

    private static final String LEAD = "(?:(?:please|pls|kindly|just|ok|okay|hey|hi|hello|now|so|"
            + "can you|could you|would you|will you|(?:can|could|may) i (?:get|have|see)|"
            + "будь ласка|будь-ласка|пожалуйста|можна|можно)\\s+)*"
            + "(?:(?:give|show|send|tell|get|list|make|write|provide|display|share|do|read)(?:\\s+(?:me|us))?\\s+"
            + "|i\\s+(?:want|need|would like|d like|wd like)(?:\\s+to\\s+(?:see|read|get|have))?\\s+"
            + "|let\\s+(?:me|us)\\s+(?:see|have|read)\\s+"
            + "|what\\s+(?:are|is|s)\\s+|whats\\s+|where\\s+(?:are|is)\\s+"
            + "|(?:дай|дайте|покажи|покажіть|покажите|зроби|зробіть|сделай|сделайте|напиши|напишіть|напишите)"
            + "(?:\\s+(?:мені|мне|нам))?\\s+)?"
            + "(?:(?:a|an|the|your|all|all the|some|me|us)\\s+)*";
    private static final String TAIL = "(?:\\s+(?:(?:of|on|for|about|from|in)\\s+)?"
            + "(?:(?:the|this|these|that|all|all the|your)\\s+)?"
            + "(?:articles?|news|coverage|stor(?:y|ies)|events?|reports?|it|this|everything))?"
            + "(?:\\s+(?:so far|please|pls|for me|thanks|thank you|будь ласка|пожалуйста))*";

    /** In the order of {@link Feature}, so that the first feature a text asks for is the same on every run. */
    private static final Map<Feature, Pattern> FEATURES = new EnumMap<>(Map.of(
            Feature.SUMMARY, request("(?:short |quick |brief |news )?(?:summary|summari[sz]e|sum (?:it )?up|overview"
                    + "|recap|gist|tldr|tl dr|rundown|briefing|short version|quick version)"
                    + "|what (?:is |s )?(?:this|it|that)(?: all)? about|whats (?:this|it|that)(?: all)? about"
                    + "|what are (?:the |your )?(?:articles|they|stories|reports) about"
                    // "what's new?", "any news?", "what's going on?": the coverage as a whole
                    + "|(?:whats |what is )?new|(?:any |the |latest |todays )?news(?: today| update)?"
                    + "|(?:whats|what is) (?:the )?(?:latest|news)(?: today)?|(?:whats|what is) (?:happening|going on)"
                    + "|(?:whats|what is) in (?:the )?news(?: today)?"
                    + "|(?:короткий |стислий |краткий )?(?:огляд|підсумок|підсумки|резюме|зведення|обзор|итог|итоги"
                    + "|сводка|сводку|пересказ)"
                    + "|про що (?:це|тут|статті|йдеться|мова)|о ч[её]м (?:это|статьи|речь)"),
            Feature.HELP, request("help|help me|how does (?:this|it) work|how do i use (?:this|you|it)"
                    + "|what (?:can|do) you do|who are you|what are you|(?:the |your )?commands"
                    + "|hello|hi|hey|hiya|good (?:morning|afternoon|evening)|greetings|start"
                    + "|thanks|thank you|thank you very much|thx|cheers|many thanks"
                    + "|допомога|довідка|привіт|вітаю|дякую|помощь|справка|привет|здравствуйте|спасибо"),
            Feature.FACTS, request("(?:(?:key|quick|main|important|basic|top|essential) )?(?:facts|points|takeaways"
                    + "|highlights)|key details|fact ?sheet|(?:(?:the )?(?:key|main|important|essential) )?things to know"
                    + "|(?:(?:головні|ключові|основні|главные|ключевые|основные) )?факт[иы]"),
            Feature.TIMELINE, request("timeline|time line|chronology|sequence of events|order of events|key dates"
                    + "|what happened when|when did what happen"
                    + "|(?:put|place|arrange|sort|order) (?:the )?(?:events|stories|articles|reports|news|everything|it|them)"
                    + " (?:in (?:chronological |time |date )?order|chronologically|by date)"
                    + "|хронологі[яю]|хронологи[яю]|часова шкала|що (?:і )?коли (?:сталося|відбулося)"
                    + "|что (?:и )?когда (?:произошло|случилось)"),
            Feature.SOURCES, request("sources|articles|article list|list of (?:the )?(?:articles|sources)"
                    + "|(?:which|what) (?:articles|sources|reports|stories|news|topics|subjects|events)(?: (?:do you have|have you got|are there"
                    + "|do you know(?: about)?|do you use|are you using|you have|do you answer from|do you cover|are covered"
                    + "|can (?:you|i) (?:tell me|talk|ask(?: you)?|answer(?: questions)?|ask questions) (?:about|on)"
                    + "|do you know anything about|can you help (?:me )?with))?"
                    // "list the stories you can answer questions about"
            + "|(?:articles|sources|reports|stories|topics|subjects|events) (?:(?:that|which) )?(?:you|i) (?:can|could)"
            + " (?:answer(?: questions)?|ask(?: you)?(?: questions)?|tell me|talk) (?:about|on)"
            + "|what (?:can|could) (?:i|you) (?:ask|ask you|tell me|talk) about|what do you cover"
                    + "|what do you know|where (?:does|do) (?:this|it|the information|your information) come from"
                    + "|джерела|статті|перелік статей|список статей|які (?:статті|джерела)(?: (?:ти маєш|маєш|є"
                    + "|у тебе є|у вас є|ви маєте))?"
                    + "|источники|статьи|какие (?:статьи|источники)(?: (?:у тебя есть|у вас есть|есть|ты знаешь))?")));

    /** The words that open the story a summary or timeline is asked of: "the", "this"… */
    private static final String STORY_OPENER = "\\s+(?:(?:the|this|that|these|those)\\s+)?";
    /**
     * The story a summary or timeline is asked of, after its opener: "derailment", "Kesteren story"; the topic is
     * what is left, less a closing "story", "reports", "feature" or such, and polite words.
     */
    private static final String STORY = "(?<topic>.{2,60}?)(?:\\s+(?:stor(?:y|ies)|reports?|articles?|news|coverage|features?|pieces?))?"
            // the form asked for: "as bullets", "in a nutshell"; or the summary asked for after the story is named
            // ("anything about the squid? give me the short version")
            + "(?:\\s+(?:as|in)\\s+(?:a\\s+)?(?:bullets?|bullet\\s+points|bullet\\s+list|list|nutshell|brief|short|few\\s+lines))?"
            + "(?:\\s+(?:give|tell)\\s+(?:me|us)\\s+the\\s+(?:short|quick|brief)\\s+version)?"
            + "(?:\\s+(?:please|pls|for me|thanks|thank you))*";

    /**
     * A summary asked of one story: "give me a summary of the derailment", "summarise the Kesteren story",
     * "brief me on the strike", "the key facts about the club sale".
     * The topic is what follows, less a closing "story", "reports" or such.
     */
    private static final Pattern SUMMARY_OF = Pattern.compile(LEAD
            + "(?:(?:short |quick |brief )?(?:summary|overview|recap|rundown|gist)\\s+(?:of|on|about|for)"
            // "what are the key facts about the club sale?": the story's main points
            + "|(?:key|main|important|essential|basic)\\s+(?:facts|points|takeaways|highlights|details|things\\s+to\\s+know)"
            + "\\s+(?:of|on|about|from|in)"
            + "|summari[sz]e|sum\\s+up|recap"
            // "brief me on the strike", "what's the latest (news) on the floods?"
            + "|(?:brief|update|fill)\\s+(?:me|us)\\s+(?:in\\s+)?on|catch\\s+(?:me|us)\\s+up\\s+on"
            + "|(?:(?:whats|what\\s+is)\\s+the\\s+)?latest\\s+(?:(?:news|updates?|developments)\\s+)?(?:on|about)"
            + "|any\\s+news\\s+(?:on|about|from)"
            // "anything in there about the giant squid?"
            + "|(?:is\\s+there\\s+)?anything\\s+(?:in\\s+there\\s+|here\\s+)?(?:on|about))"
            + STORY_OPENER + "(?:(?:stor(?:y|ies)|reports?|articles?|news|coverage)\\s+(?:of|on|about)\\s+(?:the\\s+)?)?"
            + STORY);

    /** A timeline asked of one story: "show me the timeline of the Antwerp fire", "chronology of the strike". */
    private static final Pattern TIMELINE_OF = Pattern.compile(LEAD
            + "(?:timeline|time\\s+line|chronology|sequence\\s+of\\s+events|key\\s+dates)\\s+(?:of|for|on|about|in)"
            + STORY_OPENER + STORY);

    /**
     * A story asked of in the order it happened: "walk me through the lock accident and what followed, in order",
     * "take us through the final minute by minute".
     */
    private static final Pattern THROUGH_IN_ORDER = Pattern.compile("(?:(?:please|can you|could you|would you|now|so)\\s+)*"
            + "(?:walk|take|talk|run)\\s+(?:me|us)\\s+through" + STORY_OPENER + "(?<topic>.{2,60}?)"
            + "(?:\\s+and\\s+what\\s+(?:followed|happened\\s+(?:next|after|then)|came\\s+(?:next|after)))?"
            + "(?:\\s+(?:in\\s+order|minute\\s+by\\s+minute|hour\\s+by\\s+hour|day\\s+by\\s+day|step\\s+by\\s+step"
            + "|blow\\s+by\\s+blow|from\\s+start\\s+to\\s+finish|chronologically))?"
            + "(?:\\s+(?:please|pls|for me|thanks|thank you))*");

    /** "Put the Kaunertal events in chronological order for me", "arrange the strike's events by date". */
    private static final Pattern PUT_IN_ORDER = Pattern.compile("(?:(?:please|can you|could you|would you|now|so)\\s+)*"
            + "(?:put|place|arrange|sort|order|list|lay\\s+out|set\\s+out)" + STORY_OPENER + "(?<topic>.{2,60}?)"
            + "(?:\\s+(?:events?|happenings|developments|stor(?:y|ies)|reports?|news))?"
            + "\\s+(?:in\\s+(?:chronological\\s+|time\\s+|date\\s+)?order|chronologically|by\\s+(?:date|time))"
            + "(?:\\s+(?:please|pls|for me|thanks|thank you))*");

    /** Words asking for the order of events: "in order", "in order of time", "chronologically", "step by step". */
    private static final String ORDER = "(?:\\s+(?:in\\s+(?:chronological\\s+)?order(?:\\s+of\\s+time)?|chronologically"
            + "|step\\s+by\\s+step))?";

    /**
     * A story asked of as it unfolded: "lay out, in order of time, how the gas leak unfolded", "describe how the siege
     * played out". A verb of unfolding, or words of order, make it a timeline: "tell me how the fire happened" asks why.
     */
    private static final Pattern HOW_IT_UNFOLDED = Pattern.compile("(?=.*\\b(?:order|chronologically|step\\s+by\\s+step"
            + "|unfolded|played\\s+out|evolved)\\b)(?:(?:please|can you|could you|would you|now|so)\\s+)*"
            + "(?:lay\\s+out|set\\s+out|describe|explain|tell\\s+(?:me|us)|show\\s+(?:me|us)|go\\s+through|run\\s+through)"
            + ORDER + "\\s+how" + STORY_OPENER + "(?<topic>.{2,60}?)\\s+(?:unfolded|developed|played\\s+out|happened|went"
            + "|evolved)" + ORDER + "(?:\\s+(?:please|pls|for me|thanks|thank you))*");

    /**
     * "What happened in Iceland?", "what's going on in Marseille?": the story of a place, unless the question
     * narrows it to a time or another place ("what happened in Kyiv on Monday?" asks for a fact).
     */
    private static final Pattern WHAT_HAPPENED = Pattern.compile(
            "(?:(?:so|and|ok|okay)\\s+)?(?:what\\s+happened|(?:whats|what\\s+is)\\s+(?:happening|going\\s+on))\\s+(?:in|at)\\s+"
                    + "(?:the\\s+)?(?<topic>(?!.*\\b(?:on|in|at|last|yesterday|today|tonight|this|after|before|during|since"
                    + "|when|between|to|with)\\b).{2,40})");

    /** "What is the Fernley Athletic statement about?", "what was the Antwerp fire story about?": the story's gist. */
    private static final Pattern STORY_ABOUT = Pattern.compile("(?:(?:so|and|ok|okay)\\s+)?(?:whats|what\\s+(?:is|was|are|were))"
            + "\\s+(?:the|this|that)\\s+(?<topic>.{2,60}?)\\s+(?:stor(?:y|ies)|statement|reports?|articles?|release|news"
            + "|coverage|piece|feature|brief|correction|clarification|notice|announcement|bulletin|newsletter|letter|update"
            + "|interview|obituary|review|column|editorial|post|blog|podcast|episode|ruling|judgm?ent|decision|summary"
            + "|minutes|item|caption)\\s+(?:all\\s+)?about");

    /** Longer texts are questions, however they start: a request is a few words. */
    private static final int MAX_LENGTH = 80;
    private static final Pattern APOSTROPHE = Pattern.compile("['’ʼ]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}&&[^-]]+|\\s-\\s|\\s+");

    private Requests() {
    }

    /** The feature {@code text} asks for, or empty when it is a question (or anything else). */
    public static Optional<Feature> of(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String normal = normal(text);
        return FEATURES.entrySet().stream().filter(feature -> feature.getValue().matcher(normal).matches())
                .map(Map.Entry::getKey).findFirst();
    }

    /** The topic of a summary asked of one story, or empty when the text asks for something else. */
    public static Optional<String> summaryTopic(String text) {
        return storyAskedOf(text, SUMMARY_OF, WHAT_HAPPENED, STORY_ABOUT);
    }

    /** The topic of a timeline asked of one story, or empty when the text asks for something else. */
    public static Optional<String> timelineTopic(String text) {
        return storyAskedOf(text, TIMELINE_OF, THROUGH_IN_ORDER, HOW_IT_UNFOLDED, PUT_IN_ORDER);
    }

    /** The topic the first of the patterns finds in a short text that is no request for a whole feature. */
    private static Optional<String> storyAskedOf(String text, Pattern... storyOf) {
        if (text == null || text.length() > MAX_LENGTH || of(text).isPresent()) {
            return Optional.empty();
        }
        String normal = normal(text);
        for (Pattern pattern : storyOf) {
            Matcher matcher = pattern.matcher(normal);
            if (matcher.matches()) {
                return Optional.of(matcher.group("topic"));
            }
        }
        return Optional.empty();
    }

    /** The text as the patterns read it: lower case, without apostrophes, punctuation as single spaces. */
    private static String normal(String text) {
        return PUNCTUATION.matcher(APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ")
                .strip();
    }

    private static Pattern request(String names) {
        return Pattern.compile(LEAD + "(?:" + names.replace(" ", "\\s+") + ")" + TAIL);
    }
}
