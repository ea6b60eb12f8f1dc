package org.newsdesk.knowledge;

import java.util.List;

/**
 * One article of the knowledge folder, parsed and checked.
 *
 * @param document    the file name, which identifies the article in sources and reports
 * @param metadata    title, publisher, date, place, url: from front matter or inferred from the text
 * @param body        the article text exactly as in the file, front matter removed
 * @param lead        where the reporting starts in {@code body}, after any headline and dateline
 * @param opening     where the report's own first sentence starts: {@code lead}, or past a standfirst and the
 *                    byline and dateline under it, or past a match result line
 * @param end         where it ends, before any sign-off such as "– AFP"
 * @param facts       curated quick facts, each quoting {@code body} verbatim
 * @param contentHash SHA-256 of the whole file, so unchanged files are recognised across reloads
 */
public record Article(String document, ArticleMetadata metadata, String body, int lead, int opening, int end,
                      List<CuratedFact> facts, String contentHash) {

    public Article {
        facts = List.copyOf(facts);
        if (lead < 0 || end < lead || end > body.length()) {
            throw new IllegalArgumentException("reporting bounds out of range: " + lead + ".." + end);
        }
        opening = Math.max(lead, Math.min(opening, end));
    }

    /** The reporting itself: the body without headline, dateline and sign-off. */
    public String reporting() {
        return body.substring(lead, end);
    }

    public String title() {
        return metadata.title();
    }
}
