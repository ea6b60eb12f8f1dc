package org.newsdesk.answer;

import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.retrieval.PassageContent;
import org.newsdesk.retrieval.Retrieval;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * Answers by quoting: the one or two sentences that best answer the question, verbatim, with their
 * sources; or, when no sentence answers it, says what the articles do not give and shows the nearest
 * sentence as related. Whether a sentence answers is the {@link AnswerModel}'s call. Needs no model beyond
 * the in-process embeddings, and never writes a word the articles do not contain.
 */
public final class ExtractiveAnswerer implements Answerer {

    private final Retrieval retrieval;
    private final Supplier<Prompts> prompts;
    private final AnswerModel model;

    public ExtractiveAnswerer(Retrieval retrieval, Supplier<Prompts> prompts) {
        this(retrieval, prompts, AnswerModel.FITTED);
    }

    /** With other weights than the fitted ones: for fitting them. */
    ExtractiveAnswerer(Retrieval retrieval, Supplier<Prompts> prompts, AnswerModel model) {
        this.retrieval = retrieval;
        this.prompts = prompts;
        this.model = model;
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
            String template = switch (checked.problem()) {
                case EMPTY -> "answer/empty";
                case TOO_LONG -> "answer/too-long";
                case INSTRUCTIONS_ONLY -> "answer/off-topic";
            };
            return notAnswered(question, template, Map.of("limit", Question.MAX_LENGTH));
        }
        RetrievalChain chain = retrieval.chain();
        Snapshot snapshot = chain.snapshot();
        if (snapshot.isEmpty()) {
            return notAnswered(question, "answer/no-articles", Map.of());
        }
        List<Candidate> ranked = bestSupported(checked.question(), question.earlier(), chain);
        if (ranked.isEmpty() || !model.answers(ranked.get(0).probability())) {
            return notStated(question, checked.question(), ranked);
        }
        List<Candidate> chosen = chosen(ranked);
        String text = String.join(" ", chosen.stream().map(c -> c.passage().text()).toList());
        List<Source> sources = chosen.stream().map(ExtractiveAnswerer::source).toList();
        return new Answer(question.text(), text, true, sources, Mode.EXTRACTIVE, "", 0);
    }

    /**
     * The candidates for a question, and for a follow-up the better supported of two readings: with the
     * question before it, and alone but within the articles that reading found. Read with its context a
     * follow-up knows what "she" is ("how old is she?"); read alone it is not blurred by the earlier
     * question's words ("how many of them went back?"), so it never does worse than the question alone.
     */
    List<Candidate> bestSupported(String question, List<String> earlier, RetrievalChain chain) {
        List<Candidate> alone = rank(evidence(question, question, chain), chain);
        String withContext = FollowUps.retrievalText(question, earlier);
        if (withContext.equals(question)) {
            return alone;
        }
        List<Candidate> followUp = rank(evidence(question, withContext, chain), chain);
        Set<Article> topic = new HashSet<>();
        followUp.stream().limit(FollowUps.TOPIC_PASSAGES).forEach(candidate -> topic.add(candidate.passage().article()));
        List<Candidate> aloneOnTopic = alone.stream().filter(c -> topic.contains(c.passage().article())).toList();
        return topProbability(aloneOnTopic) > topProbability(followUp) ? aloneOnTopic : followUp;
    }

    private static double topProbability(List<Candidate> ranked) {
        return ranked.isEmpty() ? 0 : ranked.get(0).probability();
    }

    Evidence evidence(String question, String query, RetrievalChain chain) {
        return new Evidence(question, query, chain.snapshot(), retrieval.embeddings().of(query));
    }

    /** The candidates for a question, best first, with their evidence. */
    List<Candidate> rank(Evidence evidence, RetrievalChain chain) {
        Snapshot snapshot = chain.snapshot();
        List<Passage> passages = new ArrayList<>();
        for (Content content : chain.retrieve(evidence.query())) {
            passages.add(snapshot.passage(PassageContent.passageIndex(content)));
        }
        List<Features> features = evidence.features(passages);
        List<Candidate> candidates = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            candidates.add(new Candidate(passages.get(i), features.get(i), model.probability(features.get(i))));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::probability).reversed());
        return candidates;
    }

    /** The best sentence, and the runner-up from the same article when it too answers and both fit. */
    private static List<Candidate> chosen(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        if (ranked.size() > 1) {
            Candidate second = ranked.get(1);
            boolean sameArticle = second.passage().article() == best.passage().article();
            boolean close = best.probability() - second.probability() <= AnswerModel.SECOND_SENTENCE_MARGIN;
            boolean fits = best.passage().text().length() + 1 + second.passage().text().length()
                    <= Calibration.MAX_ANSWER_LENGTH;
            if (sameArticle && close && fits) {
                return second.passage().ordinal() < best.passage().ordinal() ? List.of(second, best) : List.of(best, second);
            }
        }
        return List.of(best);
    }

    private static Source source(Candidate candidate) {
        Article article = candidate.passage().article();
        return new Source(article.document(), article.title(), article.metadata().publisher(),
                article.metadata().published(), candidate.passage().text(),
                Math.round(candidate.probability() * 1000) / 1000.0);
    }

    /**
     * Says what the articles do not give, with the nearest sentences as related when they come close
     * enough to the question.
     */
    private Answer notStated(Question question, String checked, List<Candidate> ranked) {
        List<Source> related = ranked.stream().limit(Calibration.RELATED_SENTENCES)
                .filter(candidate -> candidate.probability() >= AnswerModel.RELATED_THRESHOLD)
                .map(ExtractiveAnswerer::source).toList();
        return new Answer(question.text(), notStatedText(question, checked), false, List.of(), related,
                Mode.EXTRACTIVE, "", 0);
    }

    /** In the question's own words; in another language than English, the translated "not covered" message. */
    private String notStatedText(Question question, String checked) {
        Prompts current = prompts.get();
        ReaderLanguage language = ReaderLanguage.of(question.text());
        if (language != ReaderLanguage.ENGLISH) {
            return current.text(language.template(current, "answer/not-found"));
        }
        NotStated.Message message = NotStated.of(checked, question.text());
        String text = current.render(message.template(), message.values());
        return text.length() <= Calibration.MAX_ANSWER_LENGTH ? text : current.text("answer/not-found");
    }

    /** Says why there is no answer, in the reader's language where the template has a translation. */
    private Answer notAnswered(Question question, String template, Map<String, ?> values) {
        Prompts current = prompts.get();
        String name = ReaderLanguage.of(question.text()).template(current, template);
        return new Answer(question.text(), current.render(name, values), false, List.of(), Mode.EXTRACTIVE, "", 0);
    }
}
