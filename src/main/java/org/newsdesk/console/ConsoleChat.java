package org.newsdesk.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.prompts.Prompts;

/**
 * A conversation in the terminal: each line is a question, answered with its sources; the last few
 * questions are kept so that follow-ups are understood. {@code /quit} or end of input ends it.
 */
public final class ConsoleChat {

    /** As many earlier questions as a follow-up can sensibly lean on. */
    private static final int REMEMBERED_QUESTIONS = 3;

    private final Answerer answerer;
    private final BufferedReader in;
    private final PrintStream out;
    private final String greeting;
    private final Prompts prompts;

    public ConsoleChat(Answerer answerer, BufferedReader in, PrintStream out, String greeting, Prompts prompts) {
        this.answerer = answerer;
        this.in = in;
        this.out = out;
        this.greeting = greeting;
        this.prompts = prompts;
    }

    public void run() throws IOException {
        out.println(greeting);
        Deque<String> earlier = new ArrayDeque<>();
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
                out.println();
                return;
            }
            if (line.isBlank()) {
                continue;
            }
            Answer answer = answerer.answer(new Question(line, "console", List.copyOf(earlier)));
            out.println(AnswerText.render(answer, LocalDate.now(), prompts));
            out.println();
            earlier.addLast(line);
            if (earlier.size() > REMEMBERED_QUESTIONS) {
                earlier.removeFirst();
            }
        }
    }
}
