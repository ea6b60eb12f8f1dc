package org.newsdesk.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;

/**
 * Decides whether an answer is right. It is right when all of these hold:
 * <ul>
 *   <li>it is answered exactly when the question is answerable (a {@link EvalKind#LANGUAGE} question
 *       may be answered or declined: the expected pattern tells a right answer or a refusal in the
 *       reader's language from anything else), and a declined answer cites no sources;</li>
 *   <li>the expected pattern is found in the answer text;</li>
 *   <li>when the question names a document, the first cited source is that document;</li>
 *   <li>every quote is verbatim in the article it is attributed to, and for a {@link EvalKind#QUALIFIED}
 *       question with a document, every quote comes from that document.</li>
 * </ul>
 */
public final class Judge {

    private final Map<String, String> articleTexts;

    /** @param articleTexts every loaded article's text, by document (file name) */
    public Judge(Map<String, String> articleTexts) {
        this.articleTexts = Map.copyOf(articleTexts);
    }

    public boolean knows(String document) {
        return articleTexts.containsKey(document);
    }

    public Verdict judge(EvalQuestion question, Answer answer) {
        List<String> problems = new ArrayList<>();
        boolean eitherWay = question.kind() == EvalKind.LANGUAGE;
        if (!eitherWay && answer.answerable() != question.answerable()) {
            problems.add(question.answerable() ? "declined" : "answered, but the articles do not answer it");
        }
        if (!answer.answerable() && !answer.sources().isEmpty()) {
            problems.add("declined, but cites " + answer.sources().size() + " source(s)");
        }
        if (!question.expect().matcher(answer.text()).find()) {
            problems.add("expected pattern not found");
        }
        if (answer.answerable() && question.answerable() && question.document().isPresent()) {
            String wanted = question.document().get();
            String first = answer.sources().isEmpty() ? "nothing" : answer.sources().get(0).document();
            if (!first.equals(wanted)) {
                problems.add("first source is " + first + ", expected " + wanted);
            }
        }
        int nonVerbatim = 0;
        int wrongArticle = 0;
        for (Source source : answer.sources()) {
            String text = articleTexts.get(source.document());
            if (text == null || !text.contains(source.quote())) {
                Optional<String> actual = articleWith(source.quote());
                if (actual.isPresent()) {
                    wrongArticle++;
                    problems.add("quote from " + actual.get() + " attributed to " + source.document());
                } else {
                    nonVerbatim++;
                    problems.add("quote not verbatim in " + source.document());
                }
            } else if (question.kind() == EvalKind.QUALIFIED && question.document().isPresent()
                    && !question.document().get().equals(source.document())) {
                wrongArticle++;
                problems.add("quotes " + source.document() + ", not the article asked about");
            }
        }
        return new Verdict(problems, nonVerbatim, wrongArticle);
    }

    private Optional<String> articleWith(String quote) {
        return articleTexts.entrySet().stream().filter(entry -> entry.getValue().contains(quote))
                .map(Map.Entry::getKey).sorted().findFirst();
    }
}
