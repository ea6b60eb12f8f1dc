package org.newsdesk.facts;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdesk.knowledge.Sentences;
import org.newsdesk.testsupport.AdversarialTexts;

/**
 * Dates, figures, people and places are read from any sentence without hanging (issue 9). They are
 * read one sentence (at most {@link Sentences#MAX_LENGTH} characters) at a time, so what could go
 * wrong is a pattern slow on one sentence: the first {@link #SENTENCES} of each text show it as well
 * as all of them would, in a fraction of the time.
 */
class AdversarialSentencesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 11);
    private static final int SENTENCES = 2_000;

    @TestFactory
    Stream<DynamicTest> should_read_the_sentences_of_every_adversarial_text_without_hanging() {
        return AdversarialTexts.all().entrySet().stream().map(text -> DynamicTest.dynamicTest(text.getKey(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> {
                    List<Sentences.Span> spans = Sentences.split(text.getValue());
                    for (Sentences.Span span : spans.subList(0, Math.min(SENTENCES, spans.size()))) {
                        String sentence = span.of(text.getValue());
                        DateMentions.in(sentence, PUBLISHED);
                        DrawnFacts.figures(sentence);
                        DrawnFacts.people(sentence);
                        DrawnFacts.places(sentence);
                    }
                })));
    }
}
