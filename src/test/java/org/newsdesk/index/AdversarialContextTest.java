package org.newsdesk.index;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleFormatException;
import org.newsdesk.knowledge.ArticleParser;
import org.newsdesk.knowledge.Sentences;
import org.newsdesk.testsupport.AdversarialTexts;

/** The article context of every sentence is found without hanging, whatever the article holds (issue 9). */
class AdversarialContextTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> should_find_the_context_of_every_sentence_of_every_adversarial_text_without_hanging() {
        return AdversarialTexts.all().entrySet().stream().map(text -> DynamicTest.dynamicTest(text.getKey(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> {
                    Article article;
                    try {
                        article = new ArticleParser().parse("adversarial.txt", text.getValue(), "hash");
                    } catch (ArticleFormatException rejected) {
                        return;
                    }
                    PassageContext context = PassageContext.of(article);
                    boolean lead = true;
                    for (Sentences.Span span : Sentences.split(article.body(), article.lead(), article.end())) {
                        context.of(span.of(article.body()), lead, false);
                        lead = false;
                    }
                })));
    }
}
