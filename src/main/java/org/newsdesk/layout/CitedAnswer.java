package org.newsdesk.layout;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.facts.Quote;

/**
 * An answer as a newsroom writes it: the answer once, with a mark such as [1] where it draws on a
 * source, then each article it draws on named once. An answer made of quoted sentences quotes each of
 * them once, in runs of one article followed by that article's mark, and its source list only names the
 * articles; a written answer (a model's) keeps its own marks, which number passages, and its source list
 * gives each article once with those passages under it.
 *
 * @param body           the answer with its marks
 * @param marks          what the marks number: the articles of {@code sources} (quoted answers), the
 *                       passages listed under them (written answers), or nothing (a written answer without marks)
 * @param sources        the articles the answer draws on, each once
 * @param related        sentences close to the question that do not answer it, grouped by article the same
 *                       way: shown apart from the answer and never as it
 */
public record CitedAnswer(String body, Marks marks, List<SourceNote> sources, List<SourceNote> related) {

    /** A citation mark as written answers carry them: [1], [2, 3], [2-4]. */
    private static final Pattern MARK = Pattern.compile("\\[\\d+(?:\\s*[,;–-]\\s*\\d+)*]");

    public CitedAnswer {
        sources = List.copyOf(sources);
        related = List.copyOf(related);
    }

    public static CitedAnswer of(Answer answer) {
        List<Quote> quotes = quotes(answer.sources());
        List<SourceNote> near = SourceNotes.grouped(quotes(answer.related()), sentence -> false);
        String quotedText = String.join(" ", quotes.stream().map(Quote::text).toList());
        if (!quotes.isEmpty() && answer.text().equals(quotedText)) {
            Footnotes notes = new Footnotes();
            StringBuilder body = new StringBuilder();
            for (QuotedRun run : QuotedRun.of(quotes, notes)) {
                body.append(body.length() == 0 ? "" : " ").append(run.text()).append(' ').append(run.mark());
            }
            return new CitedAnswer(body.toString(), Marks.ARTICLES, SourceNotes.named(notes.articles()), near);
        }
        String body = answer.text();
        // a feature's text (a timeline, the list of articles) may quote and name its articles itself
        List<SourceNote> unseen = SourceNotes.grouped(quotes, body::contains).stream()
                .filter(note -> !note.quotes().isEmpty() || !body.contains(note.article().title()))
                .toList();
        // an answer about a report as such ("it is from Reuters") cites no passage by number
        Marks marks = MARK.matcher(body).find() ? Marks.PASSAGES : Marks.NONE;
        return new CitedAnswer(body, marks, SourceNotes.renumbered(unseen), near);
    }

    private static List<Quote> quotes(List<Source> sources) {
        return sources.stream().map(source -> new Quote(source.quote(), Footnotes.articleOf(source))).toList();
    }
}
