package org.newsdesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metrics a scrape shows. */
class MetricsTest {

    @Test
    void should_export_ratings_by_verdict_from_zero() {
        try (Metrics metrics = new Metrics()) {
            // given nothing rated yet
            assertThat(metrics.scrape()).contains("newsdesk_feedback_total{verdict=\"helpful\"} 0.0")
                    .contains("newsdesk_feedback_total{verdict=\"not_helpful\"} 0.0");

            // when
            metrics.answerRated("not_helpful");
            metrics.answerRated("not_helpful");

            // then
            assertThat(metrics.scrape()).contains("newsdesk_feedback_total{verdict=\"not_helpful\"} 2.0")
                    .contains("newsdesk_feedback_total{verdict=\"helpful\"} 0.0");
        }
    }
}
