package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of an article file into an {@link Article}: front matter where present, otherwise
 * metadata inferred from conventions of wire copy: a headline line, a dateline such as
 * {@code date 2025-10-11 WASHINGTON:} or {@code KYIV, Ukraine (AP) —}, and a sign-off such as {@code – AFP}.
 */
public final class ArticleParser {

    /** Titles inferred from the lead sentence are cut to this many characters at a word boundary. */
    private static final int INFERRED_TITLE_LENGTH = 110;
    private static final int HEADLINE_MAX_LENGTH = 200;

    private static final Pattern DATELINE = Pattern.compile(
            "\\A(?:date\\s+(?<date>\\d{4}-\\d{2}-\\d{2})\\s+)?"
                    + "(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'’-]*\\p{Lu})"
                    + "(?:,[ \\t]*(?<region>[\\p{L} .'’-]{2,40}?))?"
                    + "(?:[ \\t]*\\((?<agency>[\\p{L}/ ]{2,20})\\))?"
                    + "[ \\t]*(?::|—|–|-{1,2})[ \\t]+");
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("\\A(?:date\\s+)?(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*:?[ \\t]*");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\s*(?:[–—-]+[ \\t]*(?<agency>\\p{Lu}[\\p{L}]{1,20}(?:[/ ]\\p{Lu}[\\p{L}]{1,20})?)"
                    + "|\\((?<paren>\\p{Lu}[\\p{L}]{1,20}(?:/\\p{Lu}[\\p{L}]{1,20})?)\\))[ \\t]*\\.?\\s*\\z");
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

        int lead = skipWhitespace(body, 0);
        String headline = null;
        int headlineEnd = headlineEnd(body, lead);
        if (headlineEnd > 0) {
            headline = body.substring(lead, headlineEnd).strip();
            lead = skipWhitespace(body, headlineEnd);
        }

        LocalDate published = date(front.published(), "published");
        String place = front.place();
        String publisher = front.publisher();
        Matcher dateline = DATELINE.matcher(body).region(lead, body.length());
        if (dateline.lookingAt()) {
            if (published == null && dateline.group("date") != null) {
                published = date(dateline.group("date"), "dateline date");
            }
            if (place == null) {
                place = titleCase(dateline.group("place"));
            }
            if (publisher == null && dateline.group("agency") != null) {
                publisher = dateline.group("agency");
            }
            lead = dateline.end();
        } else {
            Matcher isoDate = ISO_DATE_PREFIX.matcher(body).region(lead, body.length());
            if (isoDate.lookingAt()) {
                if (published == null) {
                    published = date(isoDate.group(1), "dateline date");
                }
                lead = isoDate.end();
            }
        }

        int end = body.length();
        Matcher signOff = SIGN_OFF.matcher(body).region(lead, body.length());
        if (signOff.find()) {
            if (publisher == null) {
                publisher = signOff.group("agency") != null ? signOff.group("agency") : signOff.group("paren");
            }
            end = signOff.start();
        }
        while (end > lead && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end <= lead) {
            throw new ArticleFormatException("the article has a headline or dateline but no text");
        }
        if (published == null) {
            Matcher fromName = FILE_NAME_DATE.matcher(document);
            if (fromName.find()) {
                published = date(fromName.group(1), "date in the file name");
            }
        }

        String title = front.title() != null ? front.title()
                : headline != null ? headline
                : inferredTitle(body, lead, end);
        List<CuratedFact> facts = checkedFacts(front.facts(), body);
        return new Article(document, new ArticleMetadata(title, publisher, published, place, front.url()),
                body, lead, end, facts, contentHash);
    }

    /** The end of a first line that reads as a headline: short, alone in its paragraph, no final stop. */
    private static int headlineEnd(String body, int start) {
        int newline = body.indexOf('\n', start);
        if (newline < 0) {
            return -1;
        }
        String line = body.substring(start, newline).strip();
        boolean paragraphFollows = body.substring(newline + 1).matches("(?s)[ \\t\\r]*\\n.*");
        boolean looksLikeHeadline = !line.isEmpty() && line.length() <= HEADLINE_MAX_LENGTH
                && !line.matches(".*[.!?:…][\"'”’]?")
                && !DATELINE.matcher(line + " x").lookingAt()
                && !ISO_DATE_PREFIX.matcher(line).lookingAt();
        return paragraphFollows && looksLikeHeadline ? newline : -1;
    }

    private static String inferredTitle(String body, int lead, int end) {
        List<Sentences.Span> sentences = Sentences.split(body, lead, end);
        String first = sentences.isEmpty() ? body.substring(lead, end) : sentences.get(0).of(body);
        first = first.strip().replaceAll("\\s+", " ");
        if (first.length() <= INFERRED_TITLE_LENGTH) {
            return first.replaceAll("[.]$", "");
        }
        int cut = first.lastIndexOf(' ', INFERRED_TITLE_LENGTH);
        return first.substring(0, cut > 0 ? cut : INFERRED_TITLE_LENGTH).replaceAll("[,;:]$", "") + "…";
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

    private static String titleCase(String place) {
        StringBuilder out = new StringBuilder(place.length());
        boolean startOfWord = true;
        for (char c : place.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfWord ? Character.toUpperCase(c) : c);
            startOfWord = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
        }
        return out.toString();
    }

    private static int skipWhitespace(String text, int from) {
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
