package org.newsdesk.answer;

import dev.langchain4j.rag.content.Content;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.prompts.Messages;
import org.newsdesk.retrieval.PassageContent;
import org.newsdesk.retrieval.Retrieval;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * Answers by quoting: the one or two sentences that best answer the question, verbatim, with their
 * sources; or, when no sentence is good enough, says that the articles do not cover it. Needs no
 * model beyond the in-process embeddings, and never writes a word the articles do not contain.
 */
public final class ExtractiveAnswerer implements Answerer {

    private final Retrieval retrieval;
    private final Supplier<Messages> messages;
    private final Reports reports = new Reports(Clock.systemDefaultZone());

    /**
     * @param messages texts readers see (refusals, and answers about the reports themselves: see {@link Reports})
     */
    public ExtractiveAnswerer(Retrieval retrieval, Supplier<Messages> messages) {
        this.retrieval = retrieval;
        this.messages = messages;
    }

    @Override
    public Answer answer(Question question) {
        long started = System.nanoTime();
        Answer answer = answerChecked(question);
        return answer.withMillis((System.nanoTime() - started) / 1_000_000);
    }

    private Answer answerChecked(Question question) {
        QuestionGuard.Checked checked = QuestionGuard.check(question.text());
        if (!checked.ok()) {
            String message = switch (checked.problem()) {
                case EMPTY -> "answer.empty";
                case TOO_LONG -> "answer.too-long";
                case INSTRUCTIONS_ONLY -> "answer.off-topic";
            };
            return notAnswered(question, message, Map.of("limit", Question.MAX_LENGTH));
        }
        RetrievalChain chain = retrieval.chain();
        Snapshot snapshot = chain.snapshot();
        if (snapshot.isEmpty()) {
            return notAnswered(question, "answer.no-articles", Map.of());
        }
        // reports as such: questions about a report, or naming an outlet, a date or "the latest" (see Reports)
        Reports.Asked asked = reports.read(question, checked.question(), chain, messages.get());
        if (asked.answer().isPresent()) {
            return asked.answer().get();
        }
        String asks = asked.unqualified(checked.question());
        String query = FollowUps.retrievalText(asks, question.earlier());
        Evidence evidence = new Evidence(asks, query, snapshot, retrieval.embeddings().of(query));
        List<Candidate> ranked = asked.restrict(rank(evidence, chain), evidence);
        if (ranked.isEmpty() || confidence(ranked.get(0), evidence) < Calibration.ANSWER_THRESHOLD) {
            return notAnswered(question, "answer.not-found", Map.of());
        }
        Optional<Answer> differing = asked.differing(ranked);
        if (differing.isPresent()) {
            return differing.get();
        }
        List<Candidate> chosen = chosen(ranked);
        String text = String.join(" ", chosen.stream().map(c -> c.passage().text()).toList());
        List<Source> sources = chosen.stream().map(ExtractiveAnswerer::source).toList();
        return new Answer(question.text(), text, true, sources, Mode.EXTRACTIVE, "", 0);
    }

    /** The candidates for a question, best first, with their evidence. */
    List<Candidate> rank(Evidence evidence, RetrievalChain chain) {
        Snapshot snapshot = chain.snapshot();
        List<Candidate> candidates = new ArrayList<>();
        for (Content content : chain.retrieve(evidence.query())) {
            candidates.add(evidence.candidate(snapshot.passage(PassageContent.passageIndex(content))));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /**
     * How far the best candidate stands out from the article it comes from: a sentence that answers
     * the question scores well above its article's typical sentence, while a question the article
     * does not answer scores about as well on its best sentence as on any other. Names and figures the
     * articles never mention lower the confidence further.
     */
    double confidence(Candidate best, Evidence evidence) {
        double baseline = evidence.articleMean(best.passage());
        return best.score() - Calibration.ARTICLE_BASELINE_WEIGHT * baseline
                - Calibration.UNKNOWN_SPECIFIC_PENALTY * evidence.unknownSpecifics();
    }

    /** The best sentence, and the runner-up from the same article when it is nearly as good and fits. */
    private static List<Candidate> chosen(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        if (ranked.size() > 1) {
            Candidate second = ranked.get(1);
            boolean sameArticle = second.passage().article() == best.passage().article();
            boolean close = best.score() - second.score() <= Calibration.SECOND_SENTENCE_MARGIN;
            boolean fits = best.passage().text().length() + 1 + second.passage().text().length()
                    <= Calibration.MAX_ANSWER_LENGTH;
            if (sameArticle && close && fits) {
                return second.passage().ordinal() < best.passage().ordinal() ? List.of(second, best) : List.of(best, second);
            }
        }
        return List.of(best);
    }

    static Source source(Candidate candidate) {
        Article article = candidate.passage().article();
        return new Source(article.document(), article.title(), article.metadata().publisher(),
                article.metadata().published(), candidate.passage().text(), Math.round(candidate.score() * 1000) / 1000.0);
    }

    /** Says why there is no answer, in the reader's language. */
    private Answer notAnswered(Question question, String message, Map<String, ?> values) {
        String text = messages.get().text(question.readerLanguage().locale(), message, values);
        return new Answer(question.text(), text, false, List.of(), Mode.EXTRACTIVE, "", 0);
    }
}
