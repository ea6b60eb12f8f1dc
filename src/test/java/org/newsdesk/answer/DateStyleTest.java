package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.knowledge.ArticleParser;

class DateStyleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The mine caught fire on Nov. 3. Crews reached the miners on November 4 at 9:30 a.m.       | MONTH_FIRST
            The mine caught fire on 3 November. Crews reached the miners on 4 November at 09:30.       | DAY_FIRST
            The mine caught fire on Monday. Crews reached the 30 miners at 9:30 a.m.                   | DAY_FIRST
            The ferry left on 3 May, and on May 4 it docked; by 5 May it had sailed on.                | DAY_FIRST
            """)
    void should_read_how_an_article_writes_its_days(String text, DateStyle style) throws Exception {
        assertThat(DateStyle.of(new ArticleParser().parse("a.txt", text, "h"))).isEqualTo(style);
    }
}
