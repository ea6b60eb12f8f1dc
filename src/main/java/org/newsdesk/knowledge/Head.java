package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an article's opening lines hold, each part optional: the short lines above the headline ({@link Mastheads}),
 * the headline, the byline and date stamps ({@link BylineBlock}), which may stand under a standfirst instead, and a
 * dateline. The standfirst is reporting and stays in it: the byline and stamps under it are read, not cut out.
 *
 * <p>Every step reads a line or a paragraph where the one before left off, so the head is read in time linear in
 * the article's first lines, whatever the article holds (issue 9).
 *
 * @param above    the lines above the headline
 * @param headline the headline line, if any
 * @param byline   who wrote it, if a byline says
 * @param date     the first day a stamp gives (under the headline or standfirst, else above the headline), or null
 * @param issuer   the body a statement is from, as a {@code From:} line under its headline names it, or empty
 * @param stamps   the date stamp lines under the headline or standfirst, as written
 * @param dateline the dateline, if any
 * @param lead     where the reporting starts
 * @param opening  where the report's own first sentence starts: after a match result heading it, or after a
 *                 standfirst and the byline, stamps and dateline under it (or the dateline alone)
 */
record Head(Mastheads above, Optional<Headline> headline, Optional<AuthorLine> byline, LocalDate date, String issuer,
            List<String> stamps, Optional<Dateline> dateline, int lead, int opening) {

    /** A standfirst is a paragraph or two of sentences; a longer one is the reporting. */
    static final int MAX_STANDFIRST = 700;
    /** A standfirst, or a review's rating and the details of what it reviews, is at most this many paragraphs. */
    private static final int MAX_STANDFIRST_PARAGRAPHS = 3;

    static Head read(String body, LocalDate reference) throws ArticleFormatException {
        int at = TextWindows.skipWhitespace(body, 0, body.length());
        Mastheads above = Mastheads.read(body, at);
        at = above.end();
        boolean result = ResultLine.at(body, at);
        Optional<Headline> headline = result ? Optional.empty() : Headline.at(body, at);
        if (headline.isPresent()) {
            at = TextWindows.skipWhitespace(body, headline.get().end(), body.length());
        }
        // a release's furniture under its headline ("FOR IMMEDIATE RELEASE", "Embargoed until 00:01 …") is no reporting
        Optional<Masthead> release = headline.isEmpty() ? Optional.empty()
                : Masthead.at(body, at, Optional.empty()).filter(line -> line.kind() == Masthead.Kind.RELEASE);
        if (release.isPresent()) {
            at = TextWindows.skipWhitespace(body, release.get().end(), body.length());
        }
        BylineBlock block = BylineBlock.read(body, at);
        at = block.end();
        int opening = at;
        if (block.isEmpty() && headline.isPresent()) {
            // a standfirst between the headline and the byline: the byline is read, the standfirst stays reporting,
            // and the report opens under the byline ("KAMLOOPS — Margo Haldane will be the next mayor ...")
            Optional<Integer> standfirstEnd = standfirstEnd(body, at, at);
            BylineBlock under = bylineUnder(body, at, standfirstEnd, block);
            if (!under.isEmpty()) {
                block = under;
                opening = TextWindows.skipWhitespace(body, under.end(), body.length());
            } else if (standfirstEnd.isPresent() && !Dateline.startsAt(body, at) && Dateline.startsAt(body, standfirstEnd.get())) {
                // or a dateline under it, with no byline: "(ANSA) - BARI, NOV 18 - Italy's finance police ..."
                opening = standfirstEnd.get();
            }
        }
        Optional<Dateline> dateline = Dateline.at(body, opening, reference);
        if (dateline.isPresent()) {
            int afterDateline = TextWindows.skipWhitespace(body, dateline.get().end(), body.length());
            at = opening == at ? afterDateline : at;
            opening = afterDateline;
        }
        if (result) {
            opening = TextWindows.skipWhitespace(body, TextWindows.lineEnd(body, at, body.length()), body.length());
        }
        LocalDate date = block.date() != null ? block.date()
                : release.map(Masthead::date).filter(day -> day != null).orElse(above.date());
        return new Head(above, headline, block.byline(), date, block.issuer(), block.stamps(), dateline, at, opening);
    }

    /**
     * The byline under the standfirst that starts at {@code first} and whose first paragraph ends at {@code end}: under
     * that paragraph, or under one or two more short ones, as a review's rating and the details of the book it
     * reviews stand over its byline; {@code none} when there is none, or a dateline comes first.
     */
    private static BylineBlock bylineUnder(String body, int first, Optional<Integer> end, BylineBlock none) {
        for (int paragraph = 0; paragraph < MAX_STANDFIRST_PARAGRAPHS && end.isPresent(); paragraph++) {
            BylineBlock block = BylineBlock.read(body, end.get());
            if (!block.isEmpty() || Dateline.startsAt(body, end.get())) {
                return block;
            }
            end = standfirstEnd(body, first, end.get());
        }
        return none;
    }

    /**
     * Where the paragraph at {@code start} ends, if a blank line ends it within {@link #MAX_STANDFIRST} characters of
     * {@code first}, where the standfirst begins.
     */
    private static Optional<Integer> standfirstEnd(String body, int first, int start) {
        int limit = (int) Math.min(body.length(), (long) first + MAX_STANDFIRST);
        for (int i = start; i < limit; i++) {
            if (body.charAt(i) == '\n' && TextWindows.blankLineFollows(body, i)) {
                return Optional.of(TextWindows.skipWhitespace(body, i, body.length()));
            }
        }
        return Optional.empty();
    }
}
