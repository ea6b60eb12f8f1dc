package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The short lines above a headline, read together: which outlet heads the page, which body issues a release, and
 * the day any of them gives. Lines that might be the headline itself (a few capitalised words) count only when
 * the headline still follows them.
 *
 * @param end    where the headline (or the reporting) starts after them
 * @param outlet the outlet's name, or empty
 * @param issuer the name of the body whose release this is, or empty when it is no release
 * @param date   the day a stamp or the release's furniture gives, or null
 */
record Mastheads(int end, String outlet, String issuer, LocalDate date) {

    /** A masthead, a section, a breadcrumb and a release's furniture and day: no page stacks more above its headline. */
    static final int MAX_LINES = 6;

    static Mastheads read(String body, int start) {
        List<Masthead> lines = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = start;
        Optional<Masthead.Kind> above = Optional.empty();
        for (int i = 0; i < MAX_LINES; i++) {
            int lineStart = at;
            // under an outlet's name, a short line of its own is a section ("Fraud & Compliance") if a headline follows
            boolean underOutlet = lines.stream().anyMatch(masthead -> masthead.kind() == Masthead.Kind.OUTLET);
            Optional<Masthead> line = Masthead.at(body, at, above)
                    .or(() -> underOutlet ? Masthead.shortSection(body, lineStart) : Optional.empty());
            if (line.isEmpty()) {
                break;
            }
            lines.add(line.get());
            starts.add(at);
            int next = TextWindows.skipWhitespace(body, line.get().end(), body.length());
            above = sameParagraph(body, line.get().end(), next) ? Optional.of(line.get().kind()) : Optional.empty();
            at = next;
        }
        Optional<Mastheads> letterhead = letterhead(body, lines, starts, at);
        if (letterhead.isPresent()) {
            return letterhead.get();
        }
        // a body's name alone over the headline may be the headline ("Velomar Wins Creditor Freeze"); over furniture
        // ("News release", a stamp, a section) it is who issues the page, and under an outlet's name, over a headline,
        // a section ("Fraud & Compliance")
        for (int i = 0; i < lines.size(); i++) {
            // (a letterhead may name a body on each of several lines over its furniture)
            boolean overFurniture = lines.subList(i + 1, lines.size()).stream().anyMatch(line -> !line.names());
            boolean sectionOfOutlet = lines.subList(0, i).stream().anyMatch(line -> line.kind() == Masthead.Kind.OUTLET)
                    && i + 1 == lines.size() && headlineAt(body, at);
            if (lines.get(i).kind() == Masthead.Kind.NAME && !overFurniture && !sectionOfOutlet) {
                at = starts.get(i);
                lines.subList(i, lines.size()).clear();
                break;
            }
        }
        // no headline after the lines: the last of them is the headline, if it may be one
        if (!lines.isEmpty() && !headlineAt(body, at) && !lines.get(lines.size() - 1).certain()
                && Headline.at(body, starts.get(lines.size() - 1)).isPresent()) {
            at = starts.get(lines.size() - 1);
            lines.remove(lines.size() - 1);
        }
        return of(body, lines, starts, at);
    }

    /**
     * The first outlet named; the first name of any kind when release furniture says the page is a release, or else
     * a name in capitals over that furniture, read as a kicker on its own ("THE SUPREME COURT" over "PRESS SUMMARY").
     */
    private static Mastheads of(String body, List<Masthead> lines, List<Integer> starts, int end) {
        boolean release = lines.stream().anyMatch(line -> line.kind() == Masthead.Kind.RELEASE);
        String outlet = lines.stream().filter(line -> line.kind() == Masthead.Kind.OUTLET).map(Masthead::name)
                .findFirst().orElseGet(() -> release ? "" : nameOverFurniture(body, lines, starts));
        String issuer = release ? firstNamed(body, lines, starts).orElseGet(() -> nameOverRelease(body, lines, starts)) : "";
        LocalDate date = lines.stream().map(Masthead::date).filter(day -> day != null).findFirst().orElse(null);
        return new Mastheads(end, outlet, issuer, date);
    }

    /**
     * The first body the lines name; but a name in capitals right over another in ordinary case is the same body in
     * another language or its parent ("JAVNA USTANOVA NACIONALNI PARK PLITVIČKA JEZERA" over "Public Institution
     * Plitvice Lakes National Park"), and the second is the one a reader knows it by. Not so under a line that
     * already gives a body's names in several languages ("RAJAVARTIOLAITOS – … – FINNISH BORDER GUARD"): the line
     * under it is one of its parts (a district), and the reader asks for "the Border Guard".
     */
    private static Optional<String> firstNamed(String body, List<Masthead> lines, List<Integer> starts) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).names()) {
                continue;
            }
            String name = lines.get(i).name();
            boolean rendered = i + 1 < lines.size() && lines.get(i + 1).names()
                    && sameParagraph(body, lines.get(i).end(), starts.get(i + 1))
                    && inCapitals(name) && name.equals(lineText(body, lines, starts, i))
                    && !inCapitals(lines.get(i + 1).name());
            return Optional.of(rendered ? lines.get(i + 1).name() : name);
        }
        return Optional.empty();
    }

    private static boolean inCapitals(String text) {
        return text.codePoints().noneMatch(Character::isLowerCase);
    }

    /**
     * An official document under its letterhead: the names of the bodies issuing it, most general first ("Province of
     * Bohol", "Office of the Municipal Mayor"; "Falmouth Harbour"), over its designation ("EXECUTIVE ORDER NO. 27",
     * "LOCAL NOTICE TO MARINERS No. 14 of 2025"). The designation heads the document, and the last name over it issues
     * it; the day is the first any line gives.
     */
    private static Optional<Mastheads> letterhead(String body, List<Masthead> lines, List<Integer> starts, int after) {
        // the designation may be a masthead line itself or the line the masthead lines stop at
        for (int i = 1; i <= lines.size(); i++) {
            int start = i < lines.size() ? starts.get(i) : after;
            String text = body.substring(start, TextWindows.trimEnd(body, start,
                    TextWindows.lineEnd(body, start, Masthead.MAX_LINE + 1)));
            if (Designation.is(text)) {
                LocalDate date = lines.stream().map(Masthead::date).filter(day -> day != null).findFirst().orElse(null);
                return lastBodyNamed(body, lines.subList(0, i), starts).map(issuer -> new Mastheads(start, "", issuer, date));
            }
        }
        return Optional.empty();
    }

    /**
     * The last body a letterhead's lines name, none of them a release's furniture. A name in capitals alone on its
     * line reads as a section ("FALMOUTH HARBOUR"): over a designation, it names.
     */
    private static Optional<String> lastBodyNamed(String body, List<Masthead> lines, List<Integer> starts) {
        String named = "";
        for (int j = 0; j < lines.size(); j++) {
            Masthead masthead = lines.get(j);
            String line = lineText(body, lines, starts, j);
            if (masthead.kind() == Masthead.Kind.RELEASE) {
                return Optional.empty();
            }
            if (masthead.names() || sectionNaming(masthead, line)) {
                named = line;
            }
        }
        return Optional.of(named).filter(name -> !name.isEmpty());
    }

    /**
     * A name in capitals heading a page over its furniture, a breadcrumb or a stamp ("HARWICH QUAY MUSEUM" over
     * "News | New acquisitions" and "Posted 29 April 2025"): the site's owner, who publishes the page.
     */
    private static String nameOverFurniture(String body, List<Masthead> lines, List<Integer> starts) {
        if (lines.size() < 2 || lines.get(0).kind() != Masthead.Kind.SECTION || lines.get(1).names()) {
            return "";
        }
        String text = lineText(body, lines, starts, 0);
        return inCapitals(text) && sectionNaming(lines.get(0), text) ? text : "";
    }

    private static String nameOverRelease(String body, List<Masthead> lines, List<Integer> starts) {
        for (int i = 0; i < lines.size() && lines.get(i).kind() != Masthead.Kind.RELEASE; i++) {
            String text = lineText(body, lines, starts, i);
            if (sectionNaming(lines.get(i), text)) {
                return text;
            }
        }
        return "";
    }

    /** The text of the {@code i}th masthead line, stripped. */
    private static String lineText(String body, List<Masthead> lines, List<Integer> starts, int i) {
        return body.substring(starts.get(i), TextWindows.trimEnd(body, starts.get(i), lines.get(i).end())).strip();
    }

    /** A line read as a section that is a body's name all the same ("FALMOUTH HARBOUR"), not a known section label. */
    private static boolean sectionNaming(Masthead line, String text) {
        return line.kind() == Masthead.Kind.SECTION && !SectionLabel.isKnown(text) && OutletName.isName(text);
    }

    private static boolean headlineAt(String body, int at) {
        return Headline.at(body, at).isPresent() || ResultLine.at(body, at);
    }

    /** No blank line between the end of one line and the start of the next. */
    static boolean sameParagraph(String body, int lineEnd, int next) {
        int newlines = 0;
        for (int i = lineEnd; i < next; i++) {
            newlines += body.charAt(i) == '\n' ? 1 : 0;
        }
        return newlines <= 1;
    }
}
