package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.desk.Desk;
import org.newsdesk.embedding.InProcessEmbeddings;
import org.newsdesk.evaluation.DevCorpus;
import org.newsdesk.evaluation.EvalKind;
import org.newsdesk.evaluation.EvalReport;
import org.newsdesk.evaluation.Evaluation;
import org.newsdesk.evaluation.Judge;
import org.newsdesk.evaluation.QuestionFile;
import org.newsdesk.index.Embedder;
import org.newsdesk.index.Progress;
import org.newsdesk.testsupport.SharedModel;

/**
 * The answer model on the tuning half of the dev corpus, per kind of question it decides: floors a little
 * under what the fitted weights measure there (fact 80.6%, brief 84.6%, not stated 48.1%, follow-up 58.3%,
 * off topic and injection 100%: AnswerModel's comment), so a change that makes them worse fails. Floors only on the tuning half: a floor on the held-out half would be tuning on it.
 * The same floors hold for the other model an operator can choose, on its own weights (fact 83.9%, brief 100%,
 * not stated 55.6%, follow-up 75%, qualified 93.3%); on e5's weights and lines it answered 1 of 62 facts and 1 of 15
 * qualified questions, and quoted one from the wrong article.
 */
class AnswerModelTuningTest {

    /**
     * The kinds the answer model decides, and the least share of each answered right; with qualified
     * questions, which lean on the embedding model's scale too ("the latest report" is the newest of those
     * nearly as close as the best: {@code SimilarityScale}).
     */
    private static final Map<EvalKind, Double> FLOORS = Map.of(EvalKind.FACT, 0.75, EvalKind.BRIEF, 0.75,
            EvalKind.NOT_STATED, 0.40, EvalKind.FOLLOW_UP, 0.50, EvalKind.OFF_TOPIC, 1.0, EvalKind.INJECTION, 1.0,
            EvalKind.QUALIFIED, 0.9);

    @TempDir
    Path root;

    @Test
    void should_answer_each_kind_of_the_tuning_half_above_its_floor_quoting_only_verbatim() throws Exception {
        answersTheTuningHalfAboveTheFloors(SharedModel.get());
    }

    @Test
    void should_have_weights_fitted_for_each_embedding_model() {
        // the weights are keyed by the model's id: a model added without its own would silently take e5's
        assertThat(Arrays.stream(InProcessEmbeddings.values()).map(model -> AnswerModel.forEmbeddings(model.id()))
                .distinct()).hasSize(InProcessEmbeddings.values().length);
    }

    @Test
    void should_answer_the_tuning_half_above_the_same_floors_on_minilm() throws Exception {
        answersTheTuningHalfAboveTheFloors(InProcessEmbeddings.MINILM_QUANTIZED.load());
    }

    private void answersTheTuningHalfAboveTheFloors(Embedder embedder) throws Exception {
        // given
        Desk desk = Desk.open(DevCorpus.ARTICLES, Path.of("prompts"), root.resolve(embedder.id()), embedder);
        desk.reload(Progress.NONE);
        Map<String, String> texts = new LinkedHashMap<>();
        desk.snapshot().articles().forEach(article -> texts.put(article.document(), article.body()));

        // when
        EvalReport report = new EvalReport(new Evaluation(desk.extractive(), new Judge(texts))
                .run(QuestionFile.read(DevCorpus.TUNING), Progress.NONE));

        // then
        report.table().forEach(System.out::println);
        FLOORS.forEach((kind, floor) -> assertThat(report.byKind().get(kind).percent() / 100)
                .as(kind.label()).isGreaterThanOrEqualTo(floor));
        assertThat(report.nonVerbatimQuotes()).isZero();
        assertThat(report.wrongArticleQuotes()).isZero();
    }
}
