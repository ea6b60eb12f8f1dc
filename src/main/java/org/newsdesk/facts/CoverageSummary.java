package org.newsdesk.facts;

import java.util.List;

/**
 * The coverage summed up: either the quoted sentences alone, or a text written from them that cites
 * its sources as [1], [2].
 *
 * @param text   the written summary, citing {@code quotes} by number from 1; empty when the quotes are the summary
 * @param quotes the quoted sentences of the summary, or the sources a written text cites, in citation order;
 *               empty when no articles are loaded
 * @param notice a remark for the reader about how it was made (such as a fallback), or empty
 */
public record CoverageSummary(String text, List<Quote> quotes, String notice) {

    public CoverageSummary {
        text = text == null ? "" : text;
        quotes = List.copyOf(quotes);
        notice = notice == null ? "" : notice;
    }

    /** The summary as the articles' own sentences. */
    public static CoverageSummary quoted(List<Quote> quotes) {
        return new CoverageSummary("", quotes, "");
    }

    public boolean written() {
        return !text.isEmpty();
    }

    public CoverageSummary withNotice(String remark) {
        return new CoverageSummary(text, quotes, remark);
    }
}
