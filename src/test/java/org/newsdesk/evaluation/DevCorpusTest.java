package org.newsdesk.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.FolderScan;
import org.newsdesk.knowledge.KnowledgeFolder;

/** Keeps the dev corpus from rotting: every article loads, every question line parses and names real articles. */
class DevCorpusTest {

    /** The least each kind must have across both halves (issue 8's quality kit). */
    private static final Map<EvalKind, Integer> AT_LEAST = Map.of(EvalKind.FACT, 25, EvalKind.METADATA, 25,
            EvalKind.QUALIFIED, 25, EvalKind.NOT_STATED, 25);
    private static final int AT_LEAST_OTHERWISE = 12;
    /** The one article whose questions are in both halves: its first paragraphs tune, its last ones are held out. */
    private static final String SPLIT_FEATURE = "2025-08-23-ronsay-island-feature.md";

    @Test
    void should_load_every_article_without_a_failure() throws Exception {
        FolderScan scan = new KnowledgeFolder(DevCorpus.ARTICLES).scan();

        assertThat(scan.failures()).isEmpty();
        assertThat(scan.articles()).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void should_parse_every_question_naming_only_articles_of_the_corpus() throws Exception {
        Set<String> documents = new KnowledgeFolder(DevCorpus.ARTICLES).scan().articles().stream()
                .map(Article::document).collect(Collectors.toSet());
        for (Path half : DevCorpus.HALVES) {
            for (EvalQuestion question : QuestionFile.read(half)) {
                question.document().ifPresent(document -> assertThat(documents)
                        .as("%s line %d", half.getFileName(), question.line()).contains(document));
            }
        }
    }

    @Test
    void should_hold_every_kind_in_both_halves_and_enough_of_each() throws Exception {
        Map<EvalKind, Integer> total = new EnumMap<>(EvalKind.class);
        for (Path half : DevCorpus.HALVES) {
            List<EvalQuestion> questions = QuestionFile.read(half);
            Set<EvalKind> kinds = questions.stream().map(EvalQuestion::kind).collect(Collectors.toSet());
            assertThat(kinds).as(half.getFileName().toString()).containsExactlyInAnyOrder(EvalKind.values());
            questions.forEach(question -> total.merge(question.kind(), 1, Integer::sum));
        }
        for (EvalKind kind : EvalKind.values()) {
            assertThat(total.get(kind)).as(kind.label()).isGreaterThanOrEqualTo(AT_LEAST.getOrDefault(kind, AT_LEAST_OTHERWISE));
        }
        assertThat(total.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(320);
    }

    @Test
    void should_keep_the_articles_of_the_two_halves_apart_except_the_feature_split_by_paragraphs() throws Exception {
        Set<String> tuning = documentsNamed(DevCorpus.TUNING);
        Set<String> heldOut = documentsNamed(DevCorpus.HELD_OUT);

        tuning.retainAll(heldOut);
        assertThat(tuning).containsExactly(SPLIT_FEATURE);
    }

    private static Set<String> documentsNamed(Path half) throws Exception {
        return QuestionFile.read(half).stream().flatMap(question -> question.document().stream())
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void should_not_ask_the_same_question_twice() throws Exception {
        Set<String> seen = new HashSet<>();
        for (Path half : DevCorpus.HALVES) {
            for (EvalQuestion question : QuestionFile.read(half)) {
                assertThat(seen.add(question.text() + " | " + question.after().orElse("")))
                        .as("%s line %d repeats a question", half.getFileName(), question.line()).isTrue();
            }
        }
    }
}
