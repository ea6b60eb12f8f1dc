package org.newsdesk.cli;

import java.io.BufferedReader;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.Newsdesk;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.config.Settings;
import org.newsdesk.console.AnswerText;
import org.newsdesk.prompts.Prompts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask}: answers one question, or every line of standard input, as text or JSON lines. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question from the articles. With no question, answer each line of standard input.")
final class AskCommand implements Callable<Integer> {

    @Mixin
    Folders folders;

    @Option(names = "--json", description = "Print one JSON object per answer, one per line.")
    boolean json;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question (words are joined).")
    List<String> words;

    private final Context context;

    AskCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = context.settings();
        Newsdesk.Loaded loaded = folders.open(settings, context.err());
        if (loaded.report().hasFailures()) {
            context.err().println(loaded.report().failed().size()
                    + " knowledge file(s) could not be loaded; `newsdesk index` lists them with reasons.");
        }
        Answerer answerer = Newsdesk.answerer(loaded.desk(), settings);
        Prompts prompts = loaded.desk().prompts();
        if (words != null && !words.isEmpty()) {
            print(answerer.answer(Question.of(String.join(" ", words))), prompts);
            return 0;
        }
        BufferedReader lines = context.reader();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                print(answerer.answer(Question.of(line)), prompts);
            }
        }
        return 0;
    }

    private void print(Answer answer, Prompts prompts) {
        context.out().println(json ? AnswerJson.line(answer) : AnswerText.render(answer, LocalDate.now(), prompts) + "\n");
        context.out().flush();
    }
}
