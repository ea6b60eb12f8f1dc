package org.newsdesk.console;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;
import org.newsdesk.text.Printable;

/**
 * An answer as plain text for a terminal: the answer, then its numbered sources with their quotes, or the
 * related sentences of a question the articles do not answer, under a heading saying they are not the
 * answer. Article text and file names are untrusted: their control characters are escaped ({@link Printable}).
 */
public final class AnswerText {

    private AnswerText() {
    }

    /** @param locale the reader's language, for the headings and the bylines */
    public static String render(Answer answer, Messages messages, Locale locale, LocalDate today) {
        StringBuilder out = new StringBuilder(answer.text());
        if (!answer.notice().isEmpty()) {
            out.append("\n(").append(answer.notice()).append(')');
        }
        Byline byline = new Byline(messages, locale, today);
        list(out, messages.text(locale, "sources.heading"), answer.sources(), byline);
        list(out, messages.text(locale, "related.heading"), answer.related(), byline);
        return Printable.text(out.toString());
    }

    /** Numbered sentences with their articles under a heading; nothing when there are none. */
    private static void list(StringBuilder out, String heading, List<Source> sources, Byline byline) {
        if (sources.isEmpty()) {
            return;
        }
        out.append("\n\n").append(heading).append(':');
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            out.append("\n ").append(i + 1).append(". ").append(Printable.line(source.title()));
            out.append(" — ").append(byline.of(source.publisher(), source.published()));
            if (!source.quote().isEmpty()) {
                out.append("\n    ").append(quoted(Printable.line(source.quote())));
            }
            out.append("\n    [").append(Printable.brief(source.document())).append(']');
        }
    }

    /** In quotation marks, unless the sentence is itself a quotation. */
    private static String quoted(String sentence) {
        return sentence.startsWith("“") || sentence.startsWith("\"") ? sentence : "“" + sentence + "”";
    }
}
