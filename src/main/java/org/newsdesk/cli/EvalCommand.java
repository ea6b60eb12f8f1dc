package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.evaluation.EvalQuestion;
import org.newsdesk.evaluation.EvalReport;
import org.newsdesk.evaluation.Evaluation;
import org.newsdesk.evaluation.Judge;
import org.newsdesk.evaluation.QuestionFile;
import org.newsdesk.evaluation.QuestionFileException;
import org.newsdesk.knowledge.Article;
import org.newsdesk.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval}: asks every question of a question file and reports how many were answered right, per kind. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure answers on the knowledge folder with a question file: one JSON object a line,"
                + " with q, kind, expect (a regular expression), answerable, and optionally doc and after.",
                "Prints right answers per kind and the misses; --json prints one result a line and a summary."})
final class EvalCommand extends DeskCommand {

    @Option(names = "--json", description = "Print one JSON result per question, then a JSON summary.")
    boolean json;

    @Parameters(paramLabel = "QUESTIONS.jsonl", description = "The question file.")
    Path questionFile;

    @Override
    public Integer call() throws Exception {
        List<EvalQuestion> questions;
        try {
            questions = QuestionFile.read(questionFile);
        } catch (QuestionFileException e) {
            return usageError(e.getMessage());
        }
        LoadedDesk loaded = folders.open(context);
        loaded.warnOfFailures(context.err());
        Map<String, String> texts = loaded.desk().snapshot().articles().stream()
                .collect(Collectors.toMap(Article::document, Article::body));
        Judge judge = new Judge(texts);
        for (EvalQuestion question : questions) {
            if (question.document().isPresent() && !judge.knows(question.document().get())) {
                return usageError("line " + question.line() + ": 'doc' names " + question.document().get()
                        + ", which is not a loaded article");
            }
        }
        EvalReport report = new EvalReport(new Evaluation(loaded.responder(), judge)
                .run(questions, new ConsoleProgress(context.err(), "Evaluating")));
        print(report);
        return 0;
    }

    private void print(EvalReport report) {
        if (json) {
            report.jsonLines().forEach(context.out()::println);
            context.out().println(report.jsonSummary());
        } else {
            report.table().forEach(context.out()::println);
            List<String> misses = report.missLines();
            if (!misses.isEmpty()) {
                context.out().println();
                context.out().println("Misses (" + misses.size() + "):");
                misses.forEach(miss -> context.out().println(Printable.line(miss)));
            }
        }
        context.out().flush();
    }

    private int usageError(String message) {
        context.err().println("newsdesk: " + Printable.brief(String.valueOf(questionFile)) + ": " + Printable.line(message));
        return 2;
    }
}
