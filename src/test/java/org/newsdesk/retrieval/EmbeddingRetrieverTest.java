package org.newsdesk.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddingRetrieverTest {

    @Test
    void should_pick_the_highest_scores_best_first_and_the_earlier_passage_on_a_tie() {
        // given
        double[] scores = {0.1, 0.9, 0.5, 0.9, 0.7, 0.2};

        // when
        int[] best = EmbeddingRetriever.best(scores, 3);

        // then
        assertThat(best).containsExactly(1, 3, 4);
    }

    @Test
    void should_return_every_passage_when_there_are_fewer_than_asked_for() {
        assertThat(EmbeddingRetriever.best(new double[] {0.2, 0.3}, 20)).containsExactly(1, 0);
        assertThat(EmbeddingRetriever.best(new double[0], 20)).isEmpty();
    }
}
