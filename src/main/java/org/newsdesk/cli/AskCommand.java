package org.newsdesk.cli;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Question;
import org.newsdesk.console.AnswerText;
import org.newsdesk.desk.Responder;
import org.newsdesk.language.ReaderLanguage;
import org.newsdesk.prompts.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ask}: answers one question, or every line of standard input, as text or JSON lines. A request
 * ("give me a summary", "which articles do you have?") gets the feature, with its quotes as sources.
 */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the articles. With no question, answer each line of standard input.")
final class AskCommand extends DeskCommand {

    @Option(names = "--json", description = "Print one JSON object per answer, one per line.")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (words are joined).")
    List<String> words;

    @Override
    public Integer call() throws Exception {
        LoadedDesk loaded = folders.open(context);
        loaded.warnOfFailures(context.err());
        Responder responder = loaded.responder();
        Messages messages = loaded.desk().messages();
        if (words != null && !words.isEmpty()) {
            print(responder.respond(Question.of(String.join(" ", words))), messages);
            return 0;
        }
        BufferedReader lines = context.reader();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                print(responder.respond(Question.of(line)), messages);
            }
        }
        return 0;
    }

    private void print(Answer answer, Messages messages) {
        context.out().println(json ? AnswerJson.line(answer) : AnswerText.render(answer, messages,
                ReaderLanguage.of(answer.question()).locale(), LocalDate.now()) + "\n");
        context.out().flush();
    }
}
