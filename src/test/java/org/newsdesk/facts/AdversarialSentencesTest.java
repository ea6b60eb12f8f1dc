package org.newsdesk.facts;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdesk.index.Passage;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleMetadata;
import org.newsdesk.knowledge.Sentences;
import org.newsdesk.testsupport.AdversarialTexts;

/**
 * Dates are read from any sentence, and quick facts drawn from an article as /facts draws them, without
 * hanging (issue 9). Dates are read one sentence (at most {@link Sentences#MAX_LENGTH} characters) at a
 * time, so what could go wrong is a pattern slow on one sentence: the first {@link #SENTENCES} of each
 * text show it as well as all of them would, in a fraction of the time.
 */
class AdversarialSentencesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 11);
    private static final int SENTENCES = 2_000;

    @TestFactory
    Stream<DynamicTest> should_read_the_sentences_of_every_adversarial_text_without_hanging() {
        return AdversarialTexts.all().entrySet().stream().map(text -> DynamicTest.dynamicTest(text.getKey(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> {
                    Coverage.Story story = story(text.getValue());
                    for (Passage sentence : story.sentences().subList(0, Math.min(SENTENCES, story.sentences().size()))) {
                        DateMentions.in(sentence.text(), PUBLISHED);
                    }
                    DrawnFacts.of(story);
                })));
    }

    private static Coverage.Story story(String body) {
        Article article = new Article("adversarial.txt", new ArticleMetadata("Adversarial", "", PUBLISHED, "", "",
                null, "", "", "", List.of()), body, 0, 0, body.length(), List.of(), "hash");
        List<Passage> sentences = new ArrayList<>();
        for (Sentences.Span span : Sentences.split(body)) {
            sentences.add(new Passage(sentences.size(), article, sentences.size(), span.start(), span.end(), List.of(), List.of()));
        }
        return new Coverage.Story(article, ArticleInfo.of(article), sentences);
    }
}
