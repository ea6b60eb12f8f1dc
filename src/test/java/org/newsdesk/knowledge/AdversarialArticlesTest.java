package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdesk.testsupport.AdversarialTexts;

/**
 * Parsing is linear in the article: no text under the size limit makes it hang (issue 9). The bound is
 * a guard against a hang, not a speed target: each of these takes well under a second.
 */
class AdversarialArticlesTest {

    static final Duration HANG_GUARD = Duration.ofSeconds(10);

    private final ArticleParser parser = new ArticleParser();

    @TestFactory
    Stream<DynamicTest> should_parse_and_split_every_adversarial_text_without_hanging() {
        return AdversarialTexts.all().entrySet().stream().map(text -> DynamicTest.dynamicTest(text.getKey(),
                () -> assertTimeoutPreemptively(HANG_GUARD, () -> parseAndSplit(text.getValue()))));
    }

    private void parseAndSplit(String content) {
        try {
            Article article = parser.parse("2025-10-11-adversarial.txt", content, "hash");
            List<Sentences.Span> sentences = Sentences.split(article.body(), article.lead(), article.end());
            assertThat(sentences).allSatisfy(span ->
                    assertThat(span.end() - span.start()).isLessThanOrEqualTo(Sentences.MAX_LENGTH));
        } catch (ArticleFormatException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
