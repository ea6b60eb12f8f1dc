package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of an article file into an {@link Article}, in named steps: front matter where
 * present; then the opening lines ({@link Head}: mastheads, a {@link Headline}, a byline and date stamps, a
 * {@link Dateline}) and the closing {@link SignOff}, each read by its own class from a short window of the text;
 * then the publication date, publisher and title drawn from them. Front matter wins over what the text says.
 *
 * <p>Every step looks at the first few lines or the last characters of the article, and moves over
 * whitespace by code, so parsing is linear in the file's length whatever it holds (issue 9).
 */
public final class ArticleParser {

    /** Titles inferred from the lead sentence are cut to this many characters at a word boundary. */
    private static final int INFERRED_TITLE_LENGTH = 110;
    /** Enough of the reporting to hold its first sentence, which is at most {@link Sentences#MAX_LENGTH} long. */
    private static final int LEAD_WINDOW = 2 * Sentences.MAX_LENGTH + 100;
    private static final Pattern FILE_NAME_DATE = Pattern.compile("\\A(\\d{4}-\\d{2}-\\d{2})");

    /**
     * @param document    the file name
     * @param content     the decoded file content
     * @param contentHash hash of the file bytes
     */
    public Article parse(String document, String content, String contentHash) throws ArticleFormatException {
        FrontMatter.Parsed parsed = FrontMatter.read(content);
        FrontMatter front = parsed.frontMatter();
        String body = content.substring(parsed.bodyStart());
        if (body.isBlank()) {
            throw new ArticleFormatException("the article has no text");
        }
        LocalDate stated = date(front.published(), "published");
        LocalDate reference = stated != null ? stated : fileNameDate(document);
        Head head = Head.read(body, reference);
        Optional<SignOff> signOff = SignOff.of(body, head.lead());
        int end = TextWindows.trimEnd(body, head.lead(), signOff.map(SignOff::start).orElse(body.length()));
        if (end <= head.lead()) {
            throw new ArticleFormatException("the article has a headline or dateline but no text");
        }
        LocalDate published = stated != null ? stated
                : head.dateline().map(Dateline::date).filter(date -> date != null)
                        .or(() -> Optional.ofNullable(head.date())).orElse(reference);
        ArticleMetadata metadata = new ArticleMetadata(
                title(front, head, body, end), publisher(front, head, signOff), published,
                front.place() != null ? front.place() : head.dateline().map(Dateline::place).orElse(""),
                front.url(), credits(front, head, signOff),
                head.byline().map(byline -> byline.text(body)).orElse(""),
                head.dateline().map(dateline -> dateline.text(body)).orElse(""),
                signOff.map(found -> found.text(body)).orElse(""), head.stamps());
        return new Article(document, metadata, body, head.lead(), head.opening(), end, checkedFacts(front.facts(), body), contentHash);
    }

    /**
     * Front matter, else the agency the dateline, byline or sign-off names, in that order, else the outlet named above
     * the headline, else the body that issues a release or a statement.
     */
    private static String publisher(FrontMatter front, Head head, Optional<SignOff> signOff) {
        if (front.publisher() != null && !front.publisher().isBlank()) {
            return front.publisher();
        }
        return head.dateline().map(Dateline::agency).filter(agency -> !agency.isEmpty())
                .or(() -> head.byline().map(AuthorLine::agency).filter(agency -> !agency.isEmpty()))
                .or(() -> signOff.map(SignOff::agency).filter(agency -> !agency.isEmpty()))
                .or(() -> Optional.of(head.above().outlet()).filter(outlet -> !outlet.isEmpty()).map(Agencies::shortName))
                .or(() -> Optional.of(head.above().issuer()).filter(issuer -> !issuer.isEmpty()))
                .orElse(head.issuer());
    }

    /**
     * Authors from front matter, else the byline's names, else the reporters and writers the sign-off
     * credits; editors and contributors from the sign-off.
     */
    private static Credits credits(FrontMatter front, Head head, Optional<SignOff> signOff) {
        Credits credits = signOff.map(SignOff::credits).orElse(Credits.NONE);
        if (!front.allAuthors().isEmpty()) {
            return credits.withAuthors(front.allAuthors());
        }
        return head.byline().map(AuthorLine::authors).filter(names -> !names.isEmpty())
                .map(credits::withAuthors).orElse(credits);
    }

    /** Front matter, else the headline line, else the lead sentence, shortened. */
    private static String title(FrontMatter front, Head head, String body, int end) {
        if (front.title() != null) {
            return front.title();
        }
        return head.headline().map(headline -> headline.text(body))
                .orElseGet(() -> inferredTitle(body, head.opening() < end ? head.opening() : head.lead(), end));
    }

    private static String inferredTitle(String body, int start, int end) {
        int lead = Headline.afterCues(body, start, end);
        List<Sentences.Span> sentences = Sentences.split(body, lead, Math.min(end, lead + LEAD_WINDOW));
        String first = sentences.isEmpty() ? body.substring(lead, Math.min(end, lead + LEAD_WINDOW))
                : sentences.get(0).of(body);
        first = oneLine(first);
        if (first.length() <= INFERRED_TITLE_LENGTH) {
            return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
        }
        int cut = first.lastIndexOf(' ', INFERRED_TITLE_LENGTH);
        String shortened = first.substring(0, cut > 0 ? cut : INFERRED_TITLE_LENGTH);
        boolean pause = shortened.endsWith(",") || shortened.endsWith(";") || shortened.endsWith(":");
        return (pause ? shortened.substring(0, shortened.length() - 1) : shortened) + "…";
    }

    private static LocalDate fileNameDate(String document) throws ArticleFormatException {
        Matcher fromName = FILE_NAME_DATE.matcher(document);
        return fromName.find() ? date(fromName.group(1), "date in the file name") : null;
    }

    private static List<CuratedFact> checkedFacts(List<FrontMatter.Fact> facts, String body)
            throws ArticleFormatException {
        List<CuratedFact> checked = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            FrontMatter.Fact fact = facts.get(i);
            if (fact.fact() == null || fact.fact().isBlank() || fact.quote() == null || fact.quote().isBlank()) {
                throw new ArticleFormatException("fact " + (i + 1) + " needs both 'fact' and 'quote'");
            }
            if (!body.contains(fact.quote())) {
                throw new ArticleFormatException("fact " + (i + 1) + " (\"" + abbreviate(fact.fact())
                        + "\") quotes text that is not in the article: \"" + abbreviate(fact.quote()) + "\"");
            }
            checked.add(new CuratedFact(fact.fact().strip(), fact.quote()));
        }
        return checked;
    }

    private static LocalDate date(String text, String what) throws ArticleFormatException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new ArticleFormatException(what + " '" + abbreviate(text) + "' is not a date of the form YYYY-MM-DD");
        }
    }

    /** Runs of whitespace as one space, by code: the text may be a long run of whitespace itself. */
    private static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                out.append(space ? " " : "").append(c);
                space = false;
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String oneLine = oneLine(text);
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
