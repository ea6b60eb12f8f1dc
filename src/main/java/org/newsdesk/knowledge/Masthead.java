package org.newsdesk.knowledge;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One short line above a headline, read by what it says on its own and by the line right above it: the site or
 * programme's name ({@code Pacific Coast 9 News}, {@code RTÉ News | Environment}, {@code Highland Sound FM | News
 * at 8 | Thursday 12 June 2025}), the name of a body that issues a release ({@code North Yorkshire Council}), a
 * section, kicker or breadcrumb ({@code The long read}, {@code ANALYSIS}, {@code Home > News > Ripon}, a competition's
 * {@code Mid-Ulster Challenge Cup final | Full-time}), a release's furniture ({@code For immediate release: 11 March
 * 2025}) or a date stamp ({@code Issued: 19 September 2025}). {@link Mastheads} decides which of them stand above
 * the headline.
 *
 * @param end     where its line ends
 * @param kind    what the line is
 * @param name    the outlet's or body's name (without the sections after a bar); empty for other kinds
 * @param date    the day the line gives, or null
 * @param certain whether the line could never be a headline: a short line of capitalised words or in capitals may be
 *                one, when no other headline follows it
 */
record Masthead(int end, Kind kind, String name, LocalDate date, boolean certain) {

    enum Kind { OUTLET, NAME, SECTION, RELEASE, STAMP }

    /** A masthead line is short; longer lines are headlines or reporting. */
    static final int MAX_LINE = 120;

    /**
     * A release's furniture, perhaps with the day: "For immediate release: 11 March 2025", "Statement for the media",
     * "Embargoed until …", and a
     * briefing's transcript ("PRESS BRIEFING — TRANSCRIPT").
     */
    private static final Pattern RELEASE = Pattern.compile("(?i)(?:for immediate release|statement (?:for|to) the (?:media|press)"
            + "|(?:news|press|media) (?:release|summary|statement|notice"
            + "|briefing|conference)(?:[ \\t]*[—–-][ \\t]*(?:transcript|full text|summary))?"
            + "|embargoed\\b)(?:[ \\t]*[.:,–-])?[ \\t]*(?<rest>.{0,80})");
    /**
     * A note that the page is a translation: "English translation of the Finnish original", "Unofficial translation",
     * "Translated from the Swedish", "(Original in Polish)".
     */
    private static final Pattern TRANSLATION_NOTE = Pattern.compile("(?i)\\(?(?:(?:this is )?(?:an? )?(?:\\p{L}+ )?"
            + "(?:unofficial |official |machine |courtesy )?translation(?: of the \\p{L}+ (?:original|text|version))?"
            + "|translated (?:from|by) [\\p{L} ]{1,40}|original (?:text )?in \\p{L}+)\\)?\\.?");
    /**
     * A letterhead's postal address: a street and its number, then a postcode and its town, perhaps the country
     * ("Josipa Jovića 19, HR-53231 Plitvička Jezera, Croatia", "12 Quay Street, Galway H91 X2Y3", "Rue de la Loi 200,
     * 1049 Brussels").
     */
    private static final Pattern ADDRESS = Pattern.compile("(?:[\\p{L}\\p{M}'’. -]{2,40}[ \\t]\\d{1,4}[a-z]?|\\d{1,4}[a-z]?[ \\t]"
            + "[\\p{L}\\p{M}'’. -]{2,40}),[ \\t]{1,3}(?:(?:[A-Z]{1,3}-)?\\d{4,6}[ \\t]{1,3}\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}"
            + "|\\p{Lu}[\\p{L}\\p{M}'’. -]{1,40}[ \\t](?:[A-Z]{1,2}\\d[A-Z\\d]?|[A-Z]\\d{2})[ \\t]\\d?[A-Z\\d]{3,4})"
            + "(?:,[ \\t]{1,3}\\p{Lu}[\\p{L}\\p{M} .'’-]{1,40})?");
    /** An outlet's motto under its name is a short phrase. */
    private static final int MAX_MOTTO = 12;
    /** Between the parts of a masthead line: a bar, or a middle dot as newsletters print it ("Issue #388 · 6-minute read"). */
    private static final Pattern BAR = Pattern.compile("[ \\t]*\\|[ \\t]*|[ \\t]+·[ \\t]+");

    /**
     * The masthead line at {@code start}, if the line there is one.
     *
     * @param above the kind of the masthead line directly above it in the same paragraph, if there is one
     */
    static Optional<Masthead> at(String body, int start, Optional<Kind> above) {
        int lineEnd = TextWindows.lineEnd(body, start, MAX_LINE + 1);
        int end = TextWindows.trimEnd(body, start, lineEnd);
        if (lineEnd >= body.length() || body.charAt(lineEnd) != '\n' || end == start) {
            return Optional.empty();
        }
        String text = body.substring(start, end);
        // "Writer: Dewi Anggraini | Producer: Marcus Tan" over a script is its credits, read with the byline
        if (LabelledCredits.of(text).isPresent()) {
            return Optional.empty();
        }
        Optional<Masthead> release = release(text, lineEnd);
        if (release.isPresent()) {
            return release;
        }
        if (TRANSLATION_NOTE.matcher(text).matches() || ADDRESS.matcher(text).matches()) {
            return Optional.of(new Masthead(lineEnd, Kind.SECTION, "", null, true));
        }
        Optional<LocalDate> stamp = DateStamp.day(text);
        if (stamp.isPresent()) {
            return Optional.of(new Masthead(lineEnd, Kind.STAMP, "", stamp.get(), true));
        }
        if (BAR.matcher(text).find()) {
            return Optional.of(barred(text, lineEnd));
        }
        // a name in capitals with a word outlets are named with is the outlet's ("THE PORTUGAL BRIEF"), not a kicker
        boolean outlet = !SectionLabel.isKnown(text) && OutletName.isOutlet(text);
        if (!outlet && SectionLabel.isLabel(text)) {
            return Optional.of(new Masthead(lineEnd, Kind.SECTION, "", null, SectionLabel.isKnown(text)));
        }
        if (outlet) {
            return Optional.of(new Masthead(lineEnd, Kind.OUTLET, text, null, false));
        }
        if (OutletName.isName(text)) {
            return Optional.of(new Masthead(lineEnd, Kind.NAME, text, null, false));
        }
        Optional<String> dashed = dashedName(text);
        if (dashed.isPresent()) {
            return Optional.of(new Masthead(lineEnd, Kind.NAME, dashed.get(), null, false));
        }
        // "The Northern Review" over "The long read": a few words right under a name are its section; a line right
        // under an outlet's name is its motto ("The trade journal of the olive oil business") when a headline follows
        boolean underName = above.filter(kind -> kind == Kind.OUTLET || kind == Kind.NAME).isPresent();
        boolean motto = above.filter(kind -> kind == Kind.OUTLET).isPresent() && SectionLabel.isPhrase(text, MAX_MOTTO);
        return underName && SectionLabel.isShort(text) || motto
                ? Optional.of(new Masthead(lineEnd, Kind.SECTION, "", null, false)) : Optional.empty();
    }

    /**
     * A letterhead's line of names joined by dashes, the more general first ("LAND TIROL – Office of the Tyrolean
     * Provincial Government"), or one name in each of a country's languages, some a single word in capitals
     * ("RAJAVARTIOLAITOS – GRÄNSBEVAKNINGSVÄSENDET – FINNISH BORDER GUARD"): a dateline has reporting after its dash,
     * not a name alone. The letterhead goes by its last name, the most particular or the one in English.
     */
    private static Optional<String> dashedName(String text) {
        String[] parts = DASH.split(text);
        if (parts.length < 2 || parts.length > MAX_DASHED_NAMES) {
            return Optional.empty();
        }
        long names = Arrays.stream(parts).filter(OutletName::isName).count();
        return names > 0 && Arrays.stream(parts).allMatch(part -> OutletName.isName(part) || WORD_IN_CAPITALS.matcher(part).matches())
                ? Optional.of(parts[parts.length - 1]) : Optional.empty();
    }

    private static final Pattern DASH = Pattern.compile("[ \\t]+[—–-][ \\t]+");
    private static final int MAX_DASHED_NAMES = 4;
    private static final Pattern WORD_IN_CAPITALS = Pattern.compile("\\p{Lu}{3,}");

    /** A line of a few words without a final stop, as a section that might yet be the headline. */
    static Optional<Masthead> shortSection(String body, int start) {
        int lineEnd = TextWindows.lineEnd(body, start, MAX_LINE + 1);
        boolean wholeLine = lineEnd < body.length() && body.charAt(lineEnd) == '\n';
        return wholeLine && SectionLabel.isShort(body.substring(start, lineEnd))
                ? Optional.of(new Masthead(lineEnd, Kind.SECTION, "", null, false)) : Optional.empty();
    }

    /** Whether the line names an outlet, or a body that may be issuing a release. */
    boolean names() {
        return kind == Kind.OUTLET || kind == Kind.NAME;
    }

    private static Optional<Masthead> release(String text, int lineEnd) {
        Matcher release = RELEASE.matcher(text);
        if (!release.matches()) {
            return Optional.empty();
        }
        String rest = release.group("rest").strip();
        Optional<LocalDate> day = DateStamp.day(rest);
        boolean embargo = text.regionMatches(true, 0, "embargoed", 0, 9);
        return rest.isEmpty() || day.isPresent() || embargo
                ? Optional.of(new Masthead(lineEnd, Kind.RELEASE, "", day.orElse(null), true)) : Optional.empty();
    }

    /**
     * "Outlet | Section | Day": the first part names the outlet unless it is a section, a competition or words of a
     * headline; the others are sections, or a day.
     */
    private static Masthead barred(String text, int lineEnd) {
        String[] parts = BAR.split(text.strip());
        LocalDate date = null;
        for (int i = 1; i < parts.length && date == null; i++) {
            date = DateStamp.day(parts[i].strip()).orElse(null);
        }
        String first = parts[0].strip();
        Optional<LocalDate> firstDay = DateStamp.day(first);
        if (firstDay.isPresent()) {
            return new Masthead(lineEnd, Kind.STAMP, "", firstDay.get(), true);
        }
        boolean outlet = !first.isEmpty() && !SectionLabel.isKnown(first) && OutletName.isName(first);
        return new Masthead(lineEnd, outlet ? Kind.OUTLET : Kind.SECTION, outlet ? first : "", date, outlet);
    }
}
