package org.newsdesk.answer;

import java.util.regex.Pattern;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.MonthNames;

/**
 * How an article writes its days, so that an answer about the report gives its date the same way: "Nov. 3, 2025"
 * in North American copy ("March 18"), "3 November 2025" elsewhere. Read from the days the text gives.
 */
enum DateStyle {
    MONTH_FIRST, DAY_FIRST;

    private static final Pattern MONTH_THEN_DAY = Pattern.compile("\\b" + MonthNames.PATTERN + "\\s+[0-3]?\\d(?!\\d)(?!:)");
    private static final Pattern DAY_THEN_MONTH = Pattern.compile("(?<![\\d:.])[0-3]?\\d(?:st|nd|rd|th)?\\s+" + MonthNames.PATTERN);

    /** The style the article's body writes more of its days in; day first when it gives none, or as many of each. */
    static DateStyle of(Article article) {
        long monthFirst = MONTH_THEN_DAY.matcher(article.body()).results().count();
        long dayFirst = DAY_THEN_MONTH.matcher(article.body()).results().count();
        return monthFirst > dayFirst ? MONTH_FIRST : DAY_FIRST;
    }
}
