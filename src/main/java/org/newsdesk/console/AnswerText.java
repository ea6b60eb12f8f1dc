package org.newsdesk.console;

import java.time.LocalDate;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.text.Printable;

/**
 * An answer as plain text for a terminal: the answer, then its numbered sources with their quotes.
 * Article text and file names are untrusted: their control characters are escaped ({@link Printable}).
 */
public final class AnswerText {

    private AnswerText() {
    }

    public static String render(Answer answer, LocalDate today) {
        StringBuilder out = new StringBuilder(answer.text());
        if (!answer.notice().isEmpty()) {
            out.append("\n(").append(answer.notice()).append(')');
        }
        List<Source> sources = answer.sources();
        if (!sources.isEmpty()) {
            out.append("\n\nSources:");
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                out.append("\n ").append(i + 1).append(". ").append(Printable.line(source.title()));
                String byline = byline(source, today);
                if (!byline.isEmpty()) {
                    out.append(" — ").append(byline);
                }
                out.append("\n    ").append(quoted(Printable.line(source.quote())));
                out.append("\n    [").append(Printable.brief(source.document())).append(']');
            }
        }
        return Printable.text(out.toString());
    }

    /** In quotation marks, unless the sentence is itself a quotation. */
    private static String quoted(String sentence) {
        return sentence.startsWith("“") || sentence.startsWith("\"") ? sentence : "“" + sentence + "”";
    }

    private static String byline(Source source, LocalDate today) {
        StringBuilder byline = new StringBuilder(source.publisher());
        if (source.published() != null) {
            if (byline.length() > 0) {
                byline.append(", ");
            }
            byline.append(source.published()).append(" (").append(source.age(today)).append(')');
        }
        return byline.toString();
    }
}
