package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsdesk.facts.QuickFact.Kind;
import org.newsdesk.index.Passage;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * Quick facts for an article no editor curated: the figures ({@link FigureFinder}), people
 * ({@link PersonFinder}), places ({@link PlaceFinder}) and dates ({@link DateMentions}) its reporting names,
 * each with the first sentence that names it. The words come from OpenNLP's part-of-speech tagger
 * ({@link PartOfSpeechTagger}), each sentence tagged once for all the finders; what they are comes from cues
 * around them, and a detail without its cue is left out rather than mislabelled. Written on six hand-labelled
 * dev corpus articles and measured on four more held out (DrawnFactsPrecisionTest).
 */
final class DrawnFacts {

    /** Per kind, so one kind of detail never crowds out the others. */
    static final int PER_KIND = 2;
    /**
     * Sentences read per article, at most: every sentence of a long feature (the dev corpus's longest
     * article has 55), while a megabyte of text does not cost seconds of tagging.
     */
    static final int MAX_SENTENCES = 60;

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
        facts.addAll(collect(story, Kind.PLACE,
                sentence -> PlaceFinder.places(sentence, tags.apply(sentence), datelinePlace)));
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
}
