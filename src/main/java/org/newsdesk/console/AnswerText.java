package org.newsdesk.console;

import java.time.LocalDate;
import java.util.List;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Prompts;

/**
 * An answer as plain text for a terminal: the answer, then its numbered sources with their quotes, or the
 * related sentences of a question the articles do not answer, under a heading saying they are not the answer.
 */
public final class AnswerText {

    private AnswerText() {
    }

    public static String render(Answer answer, LocalDate today, Prompts prompts) {
        StringBuilder out = new StringBuilder(answer.text());
        if (!answer.notice().isEmpty()) {
            out.append("\n(").append(answer.notice()).append(')');
        }
        list(out, prompts.text("console/sources-heading"), answer.sources(), today);
        list(out, prompts.text("console/related-heading"), answer.related(), today);
        return out.toString();
    }

    /** Numbered sentences with their articles under a heading; nothing when there are none. */
    private static void list(StringBuilder out, String heading, List<Source> sources, LocalDate today) {
        if (!sources.isEmpty()) {
            out.append("\n\n").append(heading);
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                out.append("\n ").append(i + 1).append(". ").append(source.title());
                String byline = byline(source, today);
                if (!byline.isEmpty()) {
                    out.append(" — ").append(byline);
                }
                out.append("\n    ").append(quoted(source.quote()));
                out.append("\n    [").append(source.document()).append(']');
            }
        }
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
