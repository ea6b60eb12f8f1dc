package org.newsdesk.facts;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdesk.knowledge.Sentences;
import org.newsdesk.testsupport.AdversarialTexts;

/** Dates, figures, people and places are read from every sentence of any article without hanging (issue 9). */
class AdversarialSentencesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 10, 11);

    @TestFactory
    Stream<DynamicTest> should_read_every_sentence_of_every_adversarial_text_without_hanging() {
        return AdversarialTexts.all().entrySet().stream().map(text -> DynamicTest.dynamicTest(text.getKey(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> {
                    for (Sentences.Span span : Sentences.split(text.getValue())) {
                        String sentence = span.of(text.getValue());
                        DateMentions.in(sentence, PUBLISHED);
                        DrawnFacts.figures(sentence);
                        DrawnFacts.people(sentence);
                        DrawnFacts.places(sentence);
                    }
                })));
    }
}
