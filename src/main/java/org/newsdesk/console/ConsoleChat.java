package org.newsdesk.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Question;
import org.newsdesk.desk.Feature;
import org.newsdesk.desk.Responder;
import org.newsdesk.language.ReaderLanguage;
import org.newsdesk.prompts.Messages;

/**
 * A conversation in the terminal: each line is a question, answered with its sources, or a request
 * ("give me a summary") or command ({@code /summary /facts /timeline /sources /forget /help}); the last
 * few questions are kept so that follow-ups are understood. {@code /quit} or end of input ends it.
 * Its own texts follow the language of the latest line.
 */
public final class ConsoleChat {

    /** As many earlier questions as a follow-up can sensibly lean on. */
    private static final int REMEMBERED_QUESTIONS = 3;
    private static final String CONVERSATION = "console";

    private final Responder responder;
    private final Messages messages;
    private final BufferedReader in;
    private final PrintStream out;
    private final Deque<String> earlier = new ArrayDeque<>();
    private Locale locale = Messages.REFERENCE;

    public ConsoleChat(Responder responder, Messages messages, BufferedReader in, PrintStream out) {
        this.responder = responder;
        this.messages = messages;
        this.in = in;
        this.out = out;
    }

    /** @param articles how many articles are loaded, for the greeting */
    public void run(int articles) throws IOException {
        out.println(messages.text(locale, "console.greeting", Map.of("articles", articles)));
        while (true) {
            out.print("> ");
            out.flush();
            String line = in.readLine();
            if (line == null || line.strip().equals("/quit") || line.strip().equals("/exit")) {
                out.println();
                return;
            }
            if (!line.isBlank()) {
                out.println(reply(line.strip()));
                out.println();
            }
        }
    }

    private String reply(String line) {
        if (line.startsWith("/")) {
            String[] command = line.substring(1).split("\\s+", 2);
            String name = command[0].toLowerCase(Locale.ROOT);
            if (name.equals("summary") && command.length > 1) {
                return AnswerText.render(responder.storySummary(command[1], locale, line), messages, locale,
                        LocalDate.now());
            }
            if (name.equals("timeline") && command.length > 1) {
                return AnswerText.render(responder.storyTimeline(command[1], locale, line), messages, locale,
                        LocalDate.now());
            }
            return command(name);
        }
        locale = ReaderLanguage.of(line).locale();
        Answer answer = responder.respond(new Question(line, CONVERSATION, List.copyOf(earlier)));
        if (Responder.requested(line).isEmpty()) {
            earlier.addLast(line);
            if (earlier.size() > REMEMBERED_QUESTIONS) {
                earlier.removeFirst();
            }
        }
        return AnswerText.render(answer, messages, locale, LocalDate.now());
    }

    private String command(String name) {
        // /help lists the console's own commands; asking for help in words gets the desk's help
        Optional<Feature> feature = Arrays.stream(Feature.values()).filter(f -> f != Feature.HELP)
                .filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
        if (feature.isPresent()) {
            return AnswerText.render(responder.feature(feature.get(), locale, "/" + name), messages, locale,
                    LocalDate.now());
        }
        return switch (name) {
            case "help" -> messages.text(locale, "console.help");
            case "forget" -> {
                earlier.clear();
                responder.forget(CONVERSATION);
                yield messages.text(locale, "console.forgotten");
            }
            default -> messages.text(locale, "console.unknown-command", Map.of("command", name));
        };
    }
}
