package org.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.newsdesk.store.FileStore;
import org.newsdesk.store.Store;
import org.newsdesk.store.UnansweredCsv;
import org.newsdesk.store.UnansweredQuestion;
import org.newsdesk.text.Printable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unanswered}: the questions readers asked that the articles do not answer, most asked first. */
@Command(name = "unanswered", mixinStandardHelpOptions = true,
        description = {"Print the questions readers asked that the articles do not answer, most asked first:"
                + " how often, when last asked, the question.",
                "Reads what the bot last saved under the data folder (it saves every 30 seconds and when it stops)."})
final class UnansweredCommand extends DeskCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "One JSON object per question, one per line.")
        boolean json;

        @Option(names = "--csv", description = "CSV with a header row, as /unanswered csv sends it.")
        boolean csv;
    }

    @Override
    public Integer call() throws Exception {
        List<UnansweredQuestion> questions;
        try (Store store = FileStore.open(folders.data(), Clock.systemUTC())) {
            questions = store.unanswered().mostAsked();
        }
        if (format.csv) {
            context.out().write(UnansweredCsv.of(questions));
        } else {
            questions.forEach(question -> context.out().println(format.json ? json(question) : text(question)));
        }
        context.out().flush();
        return 0;
    }

    private static String json(UnansweredQuestion question) {
        ObjectNode node = JSON.createObjectNode();
        node.put("question", question.question());
        node.put("count", question.count());
        node.put("first_asked", question.firstAsked().toString());
        node.put("last_asked", question.lastAsked().toString());
        return node.toString();
    }

    /** One line each, whatever line breaks or control characters the question had. */
    private static String text(UnansweredQuestion question) {
        return String.format("%5d  %s  %s", question.count(), WHEN.format(question.lastAsked()),
                Printable.line(question.question()));
    }
}
