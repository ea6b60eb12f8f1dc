package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.newsdesk.facts.QuickFact.Kind;
import org.newsdesk.index.Passage;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * Quick facts for an article no editor curated: the figures, people, places and dates its reporting
 * names, each with the first sentence that names it. The words come from OpenNLP's part-of-speech tagger
 * ({@link PartOfSpeechTagger}); what they are comes from cues around them, and a detail without its cue is
 * left out rather than mislabelled:
 * <ul>
 *   <li>a figure is a number with the noun it counts ("eight children", "about 1,400 people", "150
 *       prisoners of war") or an amount of money ("£42 million"), never a year or a bare number;</li>
 *   <li>a person is a run of capitalised names next to a person cue: a reporting verb ("said", "told"),
 *       a title or role ("Deputy Health Minister", "parks director", "Mr"), an age (", 52,") or ", who";</li>
 *   <li>a place is a capitalised name after in, at, from, near and the like that is neither an
 *       organisation, a person nor the first word of a longer name ("the Methodist church"), or the place
 *       of the article's dateline.</li>
 * </ul>
 * Measured on six hand-labelled dev corpus articles (DrawnFactsPrecisionTest).
 */
final class DrawnFacts {

    /** Per kind, so one kind of detail never crowds out the others. */
    static final int PER_KIND = 2;
    /**
     * Sentences read per article, at most: every sentence of a long feature (the dev corpus's longest
     * article has 55), while a megabyte of text does not cost seconds of tagging.
     */
    static final int MAX_SENTENCES = 60;
    /** "the town of Valmorte", "the villages of Kanyoro and Ruvumu". */
    private static final Set<String> SETTLEMENTS = Set.of("town", "city", "village", "villages", "hamlet", "region",
            "province", "state", "county", "district", "island", "port", "capital", "municipality", "suburb");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "into",
            "toward", "towards", "outside", "throughout", "around", "to", "inside", "off", "via", "on", "over");

    private DrawnFacts() {
    }

    static List<QuickFact> of(Coverage.Story story) {
        // each sentence is tagged once, however many kinds look at it
        Map<String, List<Token>> tagged = new HashMap<>();
        Function<String, List<Token>> tags = sentence -> tagged.computeIfAbsent(sentence, PartOfSpeechTagger.shared()::tag);
        String datelinePlace = story.article().metadata().dateline().isEmpty() ? ""
                : story.article().metadata().place();
        List<QuickFact> facts = new ArrayList<>();
        facts.addAll(collect(story, Kind.FIGURE, sentence -> FigureFinder.figures(sentence, tags.apply(sentence))));
        facts.addAll(collect(story, Kind.PERSON, sentence -> PersonFinder.people(sentence, tags.apply(sentence))));
        facts.addAll(collect(story, Kind.PLACE, sentence -> places(sentence, tags.apply(sentence), datelinePlace)));
        facts.addAll(collect(story, Kind.DATE, sentence -> DateMentions.in(sentence, story.info().published()).stream()
                .map(DateMentions.Mention::words).toList()));
        return facts;
    }

    /** The first {@link #PER_KIND} distinct details of a kind, each quoted from its first sentence. */
    private static List<QuickFact> collect(Coverage.Story story, Kind kind, Function<String, List<String>> finder) {
        List<QuickFact> facts = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Passage sentence : story.sentences().subList(0, Math.min(MAX_SENTENCES, story.sentences().size()))) {
            if (facts.size() >= PER_KIND) {
                break;
            }
            for (String detail : finder.apply(sentence.text())) {
                if (facts.size() < PER_KIND && seen.add(detail.toLowerCase(Locale.ROOT))) {
                    facts.add(new QuickFact(kind, detail, story.quote(sentence)));
                }
            }
        }
        return facts;
    }

    /** Capitalised names the sentence places something in, at or from. */
    static List<String> places(String sentence) {
        return places(sentence, PartOfSpeechTagger.shared().tag(sentence), "");
    }

    /**
     * @param datelinePlace the place of the article's dateline, a place wherever the sentence names it; or
     *                      empty
     */
    private static List<String> places(String sentence, List<Token> tokens, String datelinePlace) {
        List<String> found = new ArrayList<>();
        for (Tokens.Run run : Tokens.capitalisedRuns(tokens)) {
            int start = run.start();
            int end = run.end();
            boolean theInName = Tokens.lower(tokens.get(start)).equals("the") && end - start >= 2 && start > 0;
            int nameStart = Tokens.determiner(tokens.get(start)) && !theInName ? start + 1 : start;
            if (nameStart >= end || end - nameStart > 3) {
                continue;
            }
            String name = Tokens.span(sentence, tokens, nameStart, end - 1);
            boolean dateline = !datelinePlace.isEmpty() && name.equalsIgnoreCase(datelinePlace);
            if (!dateline && !afterPlaceWord(tokens, nameStart)) {
                continue;
            }
            boolean modifier = end < tokens.size() && tokens.get(end).is("NOUN") && Tokens.lowerCase(tokens.get(end));
            boolean organisation = NameWords.notAPlace(tokens.subList(theInName ? start + 1 : nameStart, end));
            boolean person = PersonFinder.cueAfter(sentence, tokens, end) || NameWords.title(tokens.get(nameStart));
            if (!modifier && !organisation && !person) {
                found.add(name);
            }
        }
        return found;
    }

    /** "in Braga", "from the West Midlands", "in eastern Congo", "the town of Valmorte". */
    private static boolean afterPlaceWord(List<Token> tokens, int start) {
        int before = start - 1;
        if (before >= 0 && Tokens.lower(tokens.get(before)).equals("the")) {
            before--;
        }
        if (before >= 0 && tokens.get(before).is("ADJ") && Tokens.lowerCase(tokens.get(before))) {
            before--;
        }
        if (before < 0) {
            return false;
        }
        String word = Tokens.lower(tokens.get(before));
        return PLACE_PREPOSITIONS.contains(word)
                || word.equals("of") && before > 0 && SETTLEMENTS.contains(Tokens.lower(tokens.get(before - 1)));
    }
}
