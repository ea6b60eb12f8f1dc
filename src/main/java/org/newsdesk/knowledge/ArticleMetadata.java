package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text. Every field but the title may be absent: text
 * fields are empty strings then, {@code published} is null, {@code credits} name no one.
 *
 * @param title     the headline, from front matter, the headline line, or the lead sentence shortened
 * @param publisher the agency or outlet ("AP", "Reuters", "AFP"), from front matter, dateline, byline or sign-off
 * @param published the publication date
 * @param place     where the report was filed from: front matter, or the dateline's place
 * @param url       where the article was published, from front matter
 * @param credits   who wrote it (front matter, the byline, or the reporters and writers a sign-off credits),
 *                  edited it and contributed to it (the sign-off)
 * @param byline    the byline as the article writes it ("By JANE DOE, Associated Press"), or empty
 * @param dateline  the dateline as the article writes it ("GENEVA, March 3 (Reuters) -"), or empty
 * @param signOff   the sign-off as the article writes it ("(Reporting by …; Editing by …)", "– AFP"), or empty
 * @param stamps    the date stamp lines as the article writes them ("Updated: Mar 10, 2025, 11:42 IST"), which may
 *                  say the time of day too, in order; none when it has none
 */
public record ArticleMetadata(String title, String publisher, LocalDate published, String place, String url,
                              Credits credits, String byline, String dateline, String signOff, List<String> stamps) {

    public ArticleMetadata {
        title = title == null ? "" : title.strip();
        publisher = publisher == null ? "" : publisher.strip();
        place = place == null ? "" : place.strip();
        url = url == null ? "" : url.strip();
        credits = credits == null ? Credits.NONE : credits;
        byline = byline == null ? "" : byline.strip();
        dateline = dateline == null ? "" : dateline.strip();
        signOff = signOff == null ? "" : signOff.strip();
        stamps = stamps == null ? List.of() : List.copyOf(stamps);
    }

    /** Who wrote the report. */
    public List<String> authors() {
        return credits.authors();
    }
}
