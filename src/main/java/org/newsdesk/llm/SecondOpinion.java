package org.newsdesk.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.llm.grounding.AnswerSentence;
import org.newsdesk.llm.grounding.AnswerSentences;
import org.newsdesk.llm.grounding.Citations;
import org.newsdesk.llm.grounding.Support;
import org.newsdesk.prompts.Prompts;

/**
 * Asks the model, in a call of its own ({@code llm/verify}, one {@code llm/statement} per sentence), whether
 * the words each sentence quotes as its support really support it ({@code NEWSDESK_LLM_VERIFY=true}).
 * Only an explicit "yes" for every sentence passes: a "no", or a statement left unanswered, fails it.
 */
final class SecondOpinion {

    private static final Pattern ANSWER = Pattern.compile("(?im)^\\W*(\\d{1,3})\\s*[:.)\\-]\\s*\\**\\s*(yes|no)\\b");

    private final Supplier<Prompts> prompts;
    private final OneShotAssistant reviewer;

    /** @param reviewer a model call with no system message of its own: the request holds all it needs */
    SecondOpinion(Supplier<Prompts> prompts, OneShotAssistant reviewer) {
        this.prompts = prompts;
        this.reviewer = reviewer;
    }

    /** Whether the model agrees that every sentence is supported by the words it quotes. */
    boolean supports(String text) {
        Prompts current = prompts.get();
        List<String> statements = new ArrayList<>();
        for (AnswerSentence sentence : AnswerSentences.split(text)) {
            List<Support> supports = Citations.supportsIn(sentence.text());
            if (!supports.isEmpty()) {
                statements.add(current.render("llm/statement", Map.of(
                        "number", statements.size() + 1,
                        "statement", PassageList.fenced(Citations.strip(sentence.text())),
                        "span", PassageList.fenced(supports.stream().map(Support::span)
                                .collect(Collectors.joining(" … "))))));
            }
        }
        if (statements.isEmpty()) {
            return true;
        }
        String reply = ModelText.visible(reviewer.reply(current.render("llm/verify",
                Map.of("statements", String.join("\n", statements)))));
        Map<Integer, Boolean> verdicts = new HashMap<>();
        Matcher answer = ANSWER.matcher(reply);
        while (answer.find()) {
            boolean yes = answer.group(2).toLowerCase(Locale.ROOT).equals("yes");
            verdicts.merge(Integer.parseInt(answer.group(1)), yes, Boolean::logicalAnd);
        }
        for (int number = 1; number <= statements.size(); number++) {
            if (!verdicts.getOrDefault(number, false)) {
                return false;
            }
        }
        return true;
    }
}
