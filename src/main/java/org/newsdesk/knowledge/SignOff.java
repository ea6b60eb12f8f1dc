package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-off that closes wire copy, in one or more pieces: an agency after a dash or in parentheses
 * ({@code – AFP}, {@code (AFP)}), Reuters' credits ({@code (Reporting by X; Writing by Z; Editing by W)},
 * {@code Reporting by X in CITY; Editing by Y}), Bloomberg's ({@code --With assistance from X},
 * {@code To contact the reporter on this story: …}), AP's
 * ({@code Associated Press writer X contributed to this report.}), copyright lines
 * ({@code © Agence France-Presse}, {@code ALL RIGHTS RESERVED © Copyright ANSA}) and AFP's desk slugs, the
 * initials of the staff who handled the copy ({@code bur/pjm}), The Canadian Press's {@code This report by The Canadian Press was first published Nov. 3,
 * 2025.}, and the marks that end a story: {@code (END)} (Yonhap), {@code Enditem} (Xinhua, often on the last
 * line), {@code -30-}, {@code ###}.
 *
 * <p>Only the last {@link #WINDOW} characters are looked at, line by line from the end, and every
 * pattern runs on one line of them: the work is bounded whatever the article holds.
 *
 * @param start   where the sign-off starts in the body
 * @param end     where it ends (the body's end, before trailing whitespace)
 * @param agency  the agency it names or implies, short name, or empty
 * @param credits the reporters and writers, editors and contributors it names, in order
 */
record SignOff(int start, int end, String agency, Credits credits) {

    /** How much of the article's end may be sign-off, in characters. */
    static final int WINDOW = 1_500;
    /** At most this many pieces ("Associated Press writer … contributed." then "© 2025 The Associated Press"). */
    private static final int MAX_PIECES = 6;
    /** A contact block ("To contact the reporter on this story:" and the lines under it) has at most this many lines. */
    private static final int MAX_CONTACT_LINES = 8;
    /** Credits in parentheses at the end of the last line are at most this long. */
    private static final int MAX_CREDITS = 600;
    /** A line of a newsletter's footer that says one of its things alone is at most this long. */
    private static final int MAX_FOOTER_LINE = 40;
    /** An agency after a dash or in parentheses ends the last line within this many characters. */
    private static final int TAIL = 120;

    private static final String ROLE = "(?:(?:additional|further)[ \\t]{1,3})?"
            + "(?:reporting|writing|editing|compiled|compiling|research|written|edited|reported|photos?|video|graphics)"
            + "(?:[ \\t]{1,3}and[ \\t]{1,3}(?:writing|editing|reporting))?[ \\t]{1,3}by|with[ \\t]{1,3}assistance[ \\t]{1,3}from";
    /** A line of credits, in parentheses or after dashes, or bare. */
    private static final Pattern CREDITS = Pattern.compile(
            "\\A[(\\[]?(?<dashes>-{1,2}|—|–)?[ \\t]{0,3}(?<credits>(?i:" + ROLE + ")\\b[^\\n]{1,600})\\z");
    /** Reuters' credits name the work, not the worker's deed: "Reporting by", "Additional reporting by", "Editing by". */
    private static final Pattern GERUND_CREDIT = Pattern.compile("(?:(?:additional|further)[ \\t]{1,3})?\\p{L}+ing\\b");
    /** One credit of a list: its role and the names after it. */
    private static final Pattern CREDIT = Pattern.compile(
            "\\A[ \\t]{0,3}(?<role>(?i:" + ROLE + "))[ \\t]{1,3}(?<names>[^;]{1,300})");
    private static final Pattern CONTRIBUTED = Pattern.compile(
            "\\A[^\\n]{0,200}?\\b(?i:writers?|reporters?|correspondents?|journalists?)\\b(?<names>[^\\n]{1,300}?)"
                    + "\\b(?i:contributed(?:[ \\t]{1,3}reporting)?(?:[ \\t]{1,3}to[ \\t]{1,3}this[ \\t]{1,3}(?:report|story|article))?)"
                    + "[ \\t]{0,3}\\.?\\z");
    /** "© Agence France-Presse", "Copyright 2025 Reuters", ANSA's "ALL RIGHTS RESERVED © Copyright ANSA". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "\\A(?:(?i:all[ \\t]rights[ \\t]reserved)[.,]?[ \\t]{1,3})?(?:©|\\((?i:c)\\)|(?i:copyright))"
                    + "(?:[ \\t]{0,3}(?i:copyright)\\b)?[ \\t]{0,3}(?:\\d{4}[ \\t]{0,3})?(?<holder>[^\\n]{2,120})\\z");
    /** Staff initials joined by slashes, AFP's last line: "bur/pjm", "cvo/gil/jxb". */
    private static final Pattern DESK_SLUG = Pattern.compile("\\A\\p{Ll}{2,5}(?:/\\p{Ll}{2,5}){1,5}\\z");
    /** A mark that ends a story, alone on its line: "(END)", "Enditem", "-30-", "###". */
    private static final Pattern END_MARK = Pattern.compile("\\A(?:\\(?(?:END|ENDS)\\)?|Enditem|-30-|###)\\z");
    /** Xinhua's mark at the end of the last sentence's line: "… of the country's output. Enditem". */
    private static final Pattern END_ITEM = Pattern.compile("(?<=[.!?”\"’)])[ \\t]{1,3}Enditem\\z");
    /** "This report by The Canadian Press was first published Nov. 3, 2025." */
    private static final Pattern FIRST_PUBLISHED = Pattern.compile(
            "\\AThis[ \\t](?:report|story|article)[ \\t]by[ \\t](?<outlet>[^\\n]{2,60}?)[ \\t]was[ \\t]first[ \\t]published"
                    + "[^\\n]{0,40}\\z");
    private static final Pattern CONTACT = Pattern.compile("\\A(?i:to[ \\t]contact[ \\t]the[ \\t])");
    private static final Pattern CONTACT_HEADING = Pattern.compile(
            "(?i:to[ \\t]contact[ \\t]the[ \\t](?<who>reporters?|editors?|writers?|authors?)\\b[^:\\n]{0,40}:?)[ \\t]*");
    /** An address after a contact's name: "at tgallo@bloomberg.net", "tgallo@bloomberg.net". */
    private static final Pattern EMAIL = Pattern.compile("(?:\\bat[ \\t]+)?\\S+@\\S+");
    private static final String NAME = "\\p{Lu}\\p{L}{1,20}(?:[/ ]\\p{Lu}\\p{L}{1,20})?";
    /** A reader's letter signed with a name and a town: "Margaret Ellery, Beeston Regis". */
    private static final Pattern SIGNATURE = Pattern.compile(
            "\\A(?<name>[^,\\n]{3,60}),[ \\t]{1,3}\\p{Lu}[\\p{L}'’.-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’.-]{1,30}){0,3}"
                    + "(?:,[ \\t]{1,3}\\p{Lu}[\\p{L}'’.-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}'’.-]{1,30}){0,3})?\\z");
    /** A newsletter signed by its editor or a writer: "Inês Dufour, editor", "Sam Ortiz, senior reporter". */
    private static final Pattern ROLE_SIGNATURE = Pattern.compile("\\A(?<name>[^,\\n]{3,60}),[ \\t]{1,3}"
            + "(?<role>(?:[\\p{L}-]+[ \\t]){0,3}?(?i:editor|reporter|correspondent|writer|columnist))\\z");
    /** The footer of a newsletter sent by email: "You are receiving this because you subscribed …", "Unsubscribe". */
    private static final Pattern NEWSLETTER_FOOTER = Pattern.compile("(?i)\\b(?:unsubscribe|you(?: are|'re|’re) receiving"
            + " this|manage (?:your )?(?:preferences|subscription)|forwarded this (?:e-?mail|newsletter))\\b");
    /** A line that is only an agency: "– AFP", "-- Reuters", "(AFP)", "AFP". */
    private static final Pattern AGENCY_LINE = Pattern.compile(
            "\\A(?:(?<dashes>[–—-]{1,2})[ \\t]{0,3})?\\(?(?<name>[\\p{L}][\\p{L}/ .-]{1,40}?)\\)?\\.?\\z");
    /** A known agency in parentheses with the initials of the staff who handled the copy: HINA's "(Hina) mk ds". */
    private static final Pattern AGENCY_AND_INITIALS = Pattern.compile(
            "\\A\\((?<name>[\\p{L}][\\p{L} .-]{1,40}?)\\)[ \\t]{1,3}\\p{Ll}{2,4}(?:[ \\t/]{1,3}\\p{Ll}{2,4}){0,4}\\z");
    /** An agency closing the last sentence: "… Princess Catherine. – AFP", "… on Friday (Reuters)". */
    private static final Pattern TAIL_AGENCY = Pattern.compile(
            "(?<=[\\s.!?”\"’)\\]])(?:[–—-]{1,2}[ \\t]{0,3}(?<dash>" + NAME + ")|\\((?<paren>" + NAME + ")\\))[ \\t]{0,3}\\.?\\z");

    /** The sign-off of the article whose reporting starts at {@code lead}, if it has one. */
    static Optional<SignOff> of(String body, int lead) {
        int end = TextWindows.trimEnd(body, lead, body.length());
        int floor = Math.max(lead, end - WINDOW);
        // a release's notes under its end mark ("ENDS", then "Media enquiries: …", "About Kestrel …") are no story
        int start = notesUnderEndMark(body, floor, end).orElse(end);
        String agency = "";
        Credits credits = Credits.NONE;
        for (int piece = 0; piece < MAX_PIECES && start > floor; piece++) {
            int lineStart = TextWindows.lineStart(body, floor, start);
            Optional<Piece> found = piece(body, lead, floor, lineStart, start);
            if (found.isEmpty() || found.get().start() <= lead) {
                break;
            }
            agency = agency.isEmpty() ? found.get().agency() : agency;
            credits = found.get().credits().then(credits);
            start = TextWindows.trimEnd(body, lead, found.get().start());
        }
        if (start == end) {
            return Optional.empty();
        }
        int signOffStart = TextWindows.skipWhitespace(body, start, end);
        return Optional.of(new SignOff(signOffStart, end, agency, credits));
    }

    /**
     * Where the text of a press release ends when lines follow its end mark ("ENDS", "###", "-30-"): before the mark;
     * empty when no mark has lines under it (a mark on the last line is a piece of the sign-off like any other).
     */
    private static Optional<Integer> notesUnderEndMark(String body, int floor, int end) {
        int lineStart = floor;
        Optional<Integer> before = Optional.empty();
        while (lineStart < end) {
            int lineEnd = TextWindows.lineEnd(body, lineStart, end - lineStart);
            boolean whole = lineStart == 0 || body.charAt(lineStart - 1) == '\n';
            if (whole && lineEnd < end && END_MARK.matcher(body.substring(lineStart, lineEnd).strip()).matches()) {
                before = Optional.of(TextWindows.trimEnd(body, floor, lineStart));
            }
            lineStart = lineEnd + 1;
        }
        return before;
    }

    /** The sign-off as written, for quoting. */
    String text(String body) {
        return body.substring(start, end);
    }

    /** One piece of a sign-off: where it starts, and what it says. */
    private record Piece(int start, String agency, Credits credits) {
    }

    /** The piece ending at {@code end}: the whole line, a contact block, or the end of the line. */
    private static Optional<Piece> piece(String body, int lead, int floor, int lineStart, int end) {
        String line = body.substring(lineStart, end);
        boolean wholeLine = lineStart > floor || floor == lead || body.charAt(floor - 1) == '\n';
        if (wholeLine) {
            Optional<Piece> piece = credits(line, lineStart).or(() -> labelled(line, lineStart))
                    .or(() -> contributed(line, lineStart))
                    .or(() -> copyright(line, lineStart)).or(() -> agencyLine(line, lineStart))
                    .or(() -> deskSlug(line, lineStart)).or(() -> endMark(line, lineStart))
                    .or(() -> firstPublished(line, lineStart))
                    .or(() -> signature(body, lineStart, end)).or(() -> roleSignature(body, lineStart, end))
                    .or(() -> newsletterFooter(line, lineStart));
            if (piece.isPresent()) {
                return piece;
            }
        }
        return contactBlock(body, floor, end).or(() -> tail(body, lineStart, end));
    }

    private static Optional<Piece> credits(String line, int at) {
        Matcher credits = CREDITS.matcher(line);
        if (!credits.matches()) {
            return Optional.empty();
        }
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> contributors = new ArrayList<>();
        for (String credit : credits.group("credits").split(";")) {
            Matcher one = CREDIT.matcher(credit);
            if (one.lookingAt()) {
                List<String> names = PersonNames.lenient(one.group("names"));
                String role = one.group("role").toLowerCase(Locale.ROOT);
                (isAuthorship(role) ? authors : role.startsWith("edit") ? editors : contributors).addAll(names);
            }
        }
        if (authors.isEmpty() && editors.isEmpty() && contributors.isEmpty()) {
            return Optional.empty(); // "Editing by the committee took months." is a sentence, not a credit
        }
        String agency = Agencies.mentionedIn(line).orElse(impliedAgency(credits));
        return Optional.of(new Piece(at, agency, new Credits(authors, editors, contributors)));
    }

    /**
     * Credits name their agency only now and then: "--With assistance from" is Bloomberg's form, and
     * "Reporting by …; Editing by …" Reuters'; "Edited by …" is anyone's.
     */
    private static String impliedAgency(Matcher credits) {
        String first = credits.group("credits").toLowerCase(Locale.ROOT);
        if (credits.group("dashes") != null && first.startsWith("with")) {
            return "Bloomberg";
        }
        return GERUND_CREDIT.matcher(first).lookingAt() ? "Reuters" : "";
    }

    /** Reporters and writers are authors; editors, researchers and those who assisted are not. */
    private static boolean isAuthorship(String role) {
        return role.startsWith("report") || role.startsWith("writ");
    }

    private static Optional<Piece> labelled(String line, int at) {
        return LabelledCredits.of(line).map(credits -> new Piece(at, "", credits));
    }

    private static Optional<Piece> contributed(String line, int at) {
        Matcher contributed = CONTRIBUTED.matcher(line);
        if (!contributed.matches()) {
            return Optional.empty();
        }
        List<String> names = PersonNames.lenient(contributed.group("names"));
        return Optional.of(new Piece(at, Agencies.mentionedIn(line).orElse(""), new Credits(List.of(), List.of(), names)));
    }

    /**
     * The name and town a letter is signed with, on the article's last line and in a paragraph of its own: its
     * writer, the author. Any other last line that is one person's name and a place would be the same credit.
     */
    private static Optional<Piece> signature(String body, int lineStart, int end) {
        boolean last = TextWindows.trimEnd(body, lineStart, body.length()) == end;
        boolean ownParagraph = lineStart > 0 && ownParagraph(body, lineStart);
        Matcher signature = SIGNATURE.matcher(body.substring(lineStart, end).strip());
        if (!last || !ownParagraph || !signature.matches()) {
            return Optional.empty();
        }
        return PersonNames.strict(signature.group("name")).filter(names -> names.size() == 1)
                .map(names -> new Piece(lineStart, "", Credits.authors(names)));
    }

    /**
     * A person and their role on a line of their own, under a farewell ("See you tomorrow,") or in a paragraph of
     * its own: who wrote or edited a newsletter. An editor is credited as one; a reporter or writer as the author.
     */
    private static Optional<Piece> roleSignature(String body, int lineStart, int end) {
        Matcher signature = ROLE_SIGNATURE.matcher(body.substring(lineStart, end).strip());
        if (lineStart == 0 || !signature.matches()) {
            return Optional.empty();
        }
        int above = TextWindows.trimEnd(body, 0, lineStart);
        boolean underFarewell = above > 0 && body.charAt(above - 1) == ',';
        if (!underFarewell && !ownParagraph(body, lineStart)) {
            return Optional.empty();
        }
        boolean editor = signature.group("role").toLowerCase(Locale.ROOT).endsWith("editor");
        return PersonNames.strict(signature.group("name")).filter(names -> names.size() == 1)
                .map(names -> new Piece(lineStart, "", editor ? new Credits(List.of(), names, List.of()) : Credits.authors(names)));
    }

    /** Whether a blank line stands between the line at {@code lineStart} and the text above it. */
    private static boolean ownParagraph(String body, int lineStart) {
        return TextWindows.blankLineFollows(body, TextWindows.trimEnd(body, 0, lineStart));
    }

    /**
     * A newsletter's subscription footer is no reporting and names no one: a short line of it ("Unsubscribe ·
     * Manage preferences"), or a longer one saying two of its things; a story's last sentence that mentions
     * unsubscribing once stays reporting.
     */
    private static Optional<Piece> newsletterFooter(String line, int at) {
        long marks = NEWSLETTER_FOOTER.matcher(line).results().count();
        boolean footer = marks >= 2 || marks == 1 && line.strip().length() <= MAX_FOOTER_LINE;
        return footer ? Optional.of(new Piece(at, "", Credits.NONE)) : Optional.empty();
    }

    /** "© 2025 The Associated Press. All rights reserved." names AP; an outlet not known is taken as written. */
    private static Optional<Piece> copyright(String line, int at) {
        Matcher copyright = COPYRIGHT.matcher(line);
        if (!copyright.matches()) {
            return Optional.empty();
        }
        String holder = copyright.group("holder");
        String agency = Agencies.mentionedIn(holder).orElseGet(() -> holder.split("[.,;]", 2)[0].strip());
        return Optional.of(new Piece(at, agency, Credits.NONE));
    }

    /**
     * A line that is an agency alone, or a known agency with the desk's initials; without a dash or parentheses only a
     * known agency counts.
     */
    private static Optional<Piece> agencyLine(String line, int at) {
        Matcher withInitials = AGENCY_AND_INITIALS.matcher(line.strip());
        if (withInitials.matches()) {
            return Agencies.named(withInitials.group("name").strip()).map(known -> new Piece(at, known, Credits.NONE));
        }
        Matcher agency = AGENCY_LINE.matcher(line.strip());
        if (!agency.matches()) {
            return Optional.empty();
        }
        String name = agency.group("name").strip();
        Optional<String> known = Agencies.named(name);
        boolean marked = agency.group("dashes") != null && Pattern.matches(NAME, name);
        return known.or(() -> marked ? Optional.of(name) : Optional.empty())
                .map(brief -> new Piece(at, brief, Credits.NONE));
    }

    /** A desk slug says who handled the copy, not who wrote it: it is no passage, and names nobody. */
    private static Optional<Piece> deskSlug(String line, int at) {
        return DESK_SLUG.matcher(line.strip()).matches() ? Optional.of(new Piece(at, "", Credits.NONE)) : Optional.empty();
    }

    /** A mark that ends the story names nobody; "Enditem" is Xinhua's. */
    private static Optional<Piece> endMark(String line, int at) {
        String mark = line.strip();
        return END_MARK.matcher(mark).matches()
                ? Optional.of(new Piece(at, mark.equals("Enditem") ? "Xinhua" : "", Credits.NONE)) : Optional.empty();
    }

    /** The Canadian Press's last line names the outlet (and the day it first ran, which the dateline or file gives). */
    private static Optional<Piece> firstPublished(String line, int at) {
        Matcher published = FIRST_PUBLISHED.matcher(line.strip());
        return published.matches()
                ? Optional.of(new Piece(at, Agencies.shortName(published.group("outlet")), Credits.NONE)) : Optional.empty();
    }

    /** Bloomberg's contact lines: "To contact the reporter on this story:" and the names and addresses under it. */
    private static Optional<Piece> contactBlock(String body, int floor, int end) {
        int lineEnd = end;
        for (int line = 0; line < MAX_CONTACT_LINES && lineEnd > floor; line++) {
            int lineStart = TextWindows.lineStart(body, floor, lineEnd);
            if (CONTACT.matcher(body).region(lineStart, lineEnd).lookingAt()) {
                String block = body.substring(lineStart, end);
                return Optional.of(new Piece(lineStart, Agencies.mentionedIn(block).orElse(""), contacts(block)));
            }
            lineEnd = TextWindows.trimEnd(body, floor, lineStart);
        }
        return Optional.empty();
    }

    /**
     * Who a contact block names: the reporters ("To contact the reporter on this story:" then "Tom Gallo in
     * Amsterdam at tgallo@…") wrote the story; the editors responsible for it edited it.
     */
    private static Credits contacts(String block) {
        List<String> authors = new ArrayList<>();
        List<String> editors = new ArrayList<>();
        List<String> current = null;
        for (String line : block.split("\n")) {
            Matcher heading = CONTACT_HEADING.matcher(line.strip());
            String names = line;
            if (heading.lookingAt()) {
                current = heading.group("who").toLowerCase(Locale.ROOT).startsWith("editor") ? editors : authors;
                names = line.strip().substring(heading.end());
            }
            if (current != null && !names.isBlank()) {
                current.addAll(PersonNames.lenient(EMAIL.matcher(names).replaceAll("")));
            }
        }
        return authors.isEmpty() && editors.isEmpty() ? Credits.NONE : new Credits(authors, editors, List.of());
    }

    /** Xinhua's "Enditem", an agency, or Reuters' credits in parentheses, closing the last line. */
    private static Optional<Piece> tail(String body, int lineStart, int end) {
        Matcher endItem = END_ITEM.matcher(body).region(Math.max(lineStart, end - TAIL), end).useTransparentBounds(true);
        if (endItem.find()) {
            return Optional.of(new Piece(endItem.start(), "Xinhua", Credits.NONE));
        }
        Matcher agency = TAIL_AGENCY.matcher(body).region(Math.max(lineStart, end - TAIL), end)
                .useTransparentBounds(true);
        if (agency.find()) {
            if (agency.group("dash") != null) {
                return Optional.of(new Piece(agency.start(), Agencies.shortName(agency.group("dash")), Credits.NONE));
            }
            Optional<String> known = Agencies.named(agency.group("paren"));
            if (known.isPresent()) {
                return Optional.of(new Piece(agency.start(), known.get(), Credits.NONE));
            }
        }
        if (body.charAt(end - 1) != ')') {
            return Optional.empty();
        }
        for (int open = end - 2; open >= Math.max(lineStart, end - MAX_CREDITS); open--) {
            if (body.charAt(open) == '(') {
                return credits(body.substring(open, end), open);
            }
        }
        return Optional.empty();
    }
}
