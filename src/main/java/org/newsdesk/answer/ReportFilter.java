package org.newsdesk.answer;

import com.ibm.icu.text.ListFormatter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.facts.Events;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Agencies;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.MonthNames;

/**
 * The reports a question asks about by name rather than by topic: "According to AFP, …", "What did
 * Reuters report …", "In the October 16 report, …", "the latest report". A question that names an
 * outlet or a report's date is answered from those reports only; when none is loaded it is told so
 * rather than answered from another outlet.
 *
 * @param outlets   short names of the outlets the question names (any of them)
 * @param day       the report date it names, or null
 * @param year      the year of that date when given, or 0
 * @param dayStated whether the date plainly qualifies a report ("the October 16 report") rather than perhaps an event ("on March 5")
 * @param dayWords  the date as the question writes it ("March 4"), or empty
 * @param order     whether it asks for the latest or the earliest report
 * @param weekday   the day of the week a report it names came out ("the Monday report"), or null
 */
record ReportFilter(Set<String> outlets, MonthDay day, int year, boolean dayStated, String dayWords, Order order,
                    DayOfWeek weekday) {

    /** Which of the reports that answer a question it wants. */
    enum Order { ANY, LATEST, EARLIEST }

    static final ReportFilter NONE = new ReportFilter(Set.of(), null, 0, false, "", Order.ANY, null);

    /** The words a question calls a report by: "the AP story", "the 20 February newsletter", "the 15 August broadcast". */
    static final String REPORT = "(?:report|story|article|dispatch|update|version|account|piece|coverage|reporting"
            + "|newsletter|bulletin|broadcast|programme|edition|podcast|review|transcript)s?";
    private static final String DATE = "(?:(?<month>" + MonthNames.PATTERN + ")\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b"
            + "|(?<dayFirst>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<monthAfter>" + MonthNames.PATTERN + "))"
            + "(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?|(?<iso>\\d{4}-\\d{2}-\\d{2})";
    private static final Pattern DATE_MENTION = Pattern.compile("\\b(?:" + DATE + ")", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_MENTION = Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);
    /** Words before a date that make it a report's: "the report of", "published on", "dated". */
    private static final Pattern REPORT_BEFORE_DATE = Pattern.compile(
            "(?:\\b" + REPORT + "\\s+(?:of|from|dated|published\\s+on|filed\\s+on|on)|\\b(?:published|filed|dated)(?:\\s+on)?)"
                    + "(?:\\s+the)?\\s*$", Pattern.CASE_INSENSITIVE);
    /** Words after a date that make it a report's: "… report", "…'s story". */
    private static final Pattern REPORT_AFTER_DATE = Pattern.compile("^(?:['’]s)?\\s+" + REPORT + "\\b", Pattern.CASE_INSENSITIVE);
    /** How far around a date those words are looked for, in characters. */
    private static final int DATE_CONTEXT = 40;
    /** What a report gives that may change from one report to the next. */
    private static final String FIGURE = "(?:figures?|count|numbers?|tally|totals?|toll|estimates?|news)";
    /** A report's coming out, in a question that asks which came first or last. */
    private static final String REPORTED = "(?:reported|covered|published|broke|wrote|filed|ran|carried)";
    private static final Pattern LATEST = Pattern.compile(
            "\\b(?:latest|most\\s+recent|newest|freshest|most\\s+up[\\s-]to[\\s-]date|updated|last)\\s+(?:" + REPORT
                    + "|" + FIGURE + "|death\\s+toll)\\b|\\bthe\\s+latest\\b|\\b(?:latest|most\\s+recently)\\s+reported\\b"
                    // "which outlet reported on the fire most recently?"
                    + "|\\b" + REPORTED + "\\b[^?]{0,60}?\\b(?:last|latest|most\\s+recently)\\s*\\??\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EARLIEST = Pattern.compile(
            "\\b(?:first|earliest|original|initial|oldest|earlier|previous)\\s+(?:" + REPORT + "|" + FIGURE + "|death\\s+toll)\\b"
                    + "|\\b(?:first|initially|originally)\\s+reported\\b"
                    // "which agency reported the stranding first?"
                    + "|\\b" + REPORTED + "\\b[^?]{0,60}?\\b(?:first|earliest)\\s*\\??\\s*$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Where a known agency no loaded report is from counts as naming an outlet: only in words that ask
     * for its report ("according to AFP", "AFP's report", "what did AFP say"), as "PA" or "AP" may mean
     * something else in a question about the news.
     */
    private static final String ASKS_FOR_ITS_REPORT = "(?:according\\s+to\\s+(?:the\\s+)?%1$s|%1$s(?:['’]s)?\\s+(?:" + REPORT
            + ")|%1$s\\s+(?:reports?|reported|says|said|wrote|writes|published)|\\b(?:did|does)\\s+%1$s\\s+(?:report|say|write)"
            + "|\\b(?:in|from|by)\\s+(?:the\\s+)?%1$s\\b|\\bper\\s+%1$s)";

    /** An agency's name as a word, and in words that ask for its report. */
    private record AgencyName(String agency, Pattern word, Pattern askedFor) {
    }

    private static final List<AgencyName> AGENCY_NAMES = Agencies.aliases().stream()
            .map(alias -> {
                Pattern word = Agencies.asWord(alias.getKey());
                Pattern askedFor = Pattern.compile(String.format(ASKS_FOR_ITS_REPORT, word.pattern()), word.flags());
                return new AgencyName(alias.getValue(), word, askedFor);
            }).toList();

    /** What a question asks of the reports it draws on. */
    static ReportFilter of(String question, Snapshot snapshot) {
        Set<String> outlets = outletsNamed(question, snapshot);
        MonthDay day = null;
        int year = 0;
        boolean dayStated = false;
        String dayWords = "";
        Matcher date = DATE_MENTION.matcher(question);
        while (date.find() && !dayStated) {
            MonthDay found = monthDay(date);
            if (found != null && (day == null || namesAReport(question, date))) {
                day = found;
                year = year(date);
                dayStated = namesAReport(question, date);
                dayWords = date.group();
            }
        }
        // "the Monday report", "Tuesday's story": a weekday names a report only in words that say so, never
        // an event's day ("what happened on Monday?")
        DayOfWeek weekday = null;
        Matcher named = WEEKDAY_MENTION.matcher(question);
        while (day == null && weekday == null && named.find()) {
            if (namesAReport(question, named)) {
                weekday = DayOfWeek.valueOf(named.group().toUpperCase(Locale.ROOT));
                dayStated = true;
                dayWords = named.group();
            }
        }
        Order order = LATEST.matcher(question).find() ? Order.LATEST
                : EARLIEST.matcher(question).find() ? Order.EARLIEST : Order.ANY;
        return new ReportFilter(Set.copyOf(outlets), day, year, dayStated, dayWords, order, weekday);
    }

    private static boolean namesAReport(String question, Matcher date) {
        String before = question.substring(Math.max(0, date.start() - DATE_CONTEXT), date.start());
        String after = question.substring(date.end(), Math.min(question.length(), date.end() + DATE_CONTEXT));
        return REPORT_BEFORE_DATE.matcher(before).find() || REPORT_AFTER_DATE.matcher(after).find();
    }

    /** Whether the question names an outlet or a report date, so only some reports may answer it. */
    boolean namesReports() {
        return !outlets.isEmpty() || dayStated;
    }

    /**
     * The reports the question may be answered from: those of the outlets it names, on the day it
     * names. A day that may be an event's rather than a report's ("what happened on March 5?") only
     * narrows the reports when some report is of that day.
     */
    List<Article> allowed(Snapshot snapshot) {
        List<Article> fromOutlets = snapshot.articles().stream().filter(this::fromNamedOutlet).toList();
        if (weekday != null) {
            return fromOutlets.stream().filter(article -> article.metadata().published() != null
                    && article.metadata().published().getDayOfWeek() == weekday).toList();
        }
        if (day == null) {
            return fromOutlets;
        }
        List<Article> onDay = fromOutlets.stream().filter(this::onNamedDay).toList();
        return dayStated || !onDay.isEmpty() ? onDay : fromOutlets;
    }

    /** How the reports asked for are named, for saying that none is loaded: "AFP", "16 October". */
    Map<String, String> described(Locale locale) {
        String outlet = ListFormatter.getInstance(locale, ListFormatter.Type.OR, ListFormatter.Width.WIDE).format(outlets);
        String date = weekday != null ? weekday.getDisplayName(TextStyle.FULL, locale) : day == null ? ""
                : DateTimeFormatter.ofPattern(year > 0 ? "d MMMM yyyy" : "d MMMM", locale).format(
                        LocalDate.of(year > 0 ? year : 2000, day.getMonth(), day.getDayOfMonth()));
        return Map.of("outlet", outlet, "date", date);
    }

    /** The message that says no loaded report matches: by outlet, by date, or by both. */
    String noSuchReportMessage() {
        return outlets.isEmpty() ? "report.no-date" : dayStated ? "report.no-outlet-and-date" : "report.no-outlet";
    }

    /**
     * The candidates a question may be answered from, best first: of the reports it names (every
     * sentence of them rescored, when they are few), and for "the latest" or "the first report", of
     * the newest or oldest of the reports that answer it.
     */
    List<Candidate> restrict(List<Candidate> ranked, Evidence evidence, Snapshot snapshot) {
        List<Candidate> candidates = ranked;
        if (!outlets.isEmpty() || day != null || weekday != null) {
            List<Article> allowed = allowed(snapshot);
            candidates = allowed.size() < snapshot.articles().size() ? from(allowed, ranked, evidence, snapshot) : ranked;
        }
        if (order == Order.ANY || candidates.isEmpty()) {
            return candidates;
        }
        Optional<Article> chosen = inOrder(candidates, evidence.namesSomething(), snapshot);
        return chosen.isEmpty() ? candidates : from(List.of(chosen.get()), candidates, evidence, snapshot);
    }

    /**
     * The newest (or oldest) dated report of the story asked about: every report of the best sentence's event
     * (the latest report may say nothing near the best sentence: it is still the latest, and an earlier report's
     * figure must not stand for it), and for a question that names its story ("… from the avalanche in Georgia")
     * the reports whose best sentence nearly matches the best of all and names it too, whether or not their leads
     * group them as one event. A question that names nothing ("what's the latest death toll?") has sentences of every
     * story near the best: its latest report is not the newest report of the folder.
     */
    private Optional<Article> inOrder(List<Candidate> candidates, boolean namesItsStory, Snapshot snapshot) {
        Candidate best = candidates.get(0);
        double floor = best.score() - snapshot.scale().answersNearly();
        List<Candidate> near = candidates.stream().filter(candidate -> candidate.score() >= floor).toList();
        Set<Article> story = new LinkedHashSet<>(Events.sameEventAs(best.passage().article(), snapshot.articles(), snapshot));
        if (namesItsStory) {
            near.stream().filter(candidate -> candidate.features().missingNames() == 0)
                    .forEach(candidate -> story.add(candidate.passage().article()));
        }
        Comparator<Article> byDate = Comparator.comparing(article -> article.metadata().published());
        return story.stream().filter(article -> article.metadata().published() != null)
                .max(order == Order.LATEST ? byDate : byDate.reversed());
    }

    private static List<Candidate> from(List<Article> articles, List<Candidate> ranked, Evidence evidence,
                                        Snapshot snapshot) {
        Set<String> documents = new LinkedHashSet<>();
        articles.forEach(article -> documents.add(article.document()));
        List<Candidate> kept = new ArrayList<>();
        if (articles.size() <= ReportTuning.MAX_REPORTS_RESCORED) {
            articles.forEach(article -> snapshot.passagesOf(article).forEach(p -> kept.add(evidence.candidate(p))));
        } else {
            ranked.stream().filter(c -> documents.contains(c.passage().document())).forEach(kept::add);
        }
        kept.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return kept;
    }

    private boolean fromNamedOutlet(Article article) {
        return outlets.isEmpty() || outlets.contains(Agencies.shortName(article.metadata().publisher()));
    }

    private boolean onNamedDay(Article article) {
        LocalDate published = article.metadata().published();
        return published != null && MonthDay.from(published).equals(day) && (year == 0 || published.getYear() == year);
    }

    /** The outlets of loaded reports the question names anywhere, and known agencies it asks for by name. */
    private static Set<String> outletsNamed(String question, Snapshot snapshot) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> loaded = new LinkedHashSet<>();
        snapshot.articles().forEach(article -> {
            if (!article.metadata().publisher().isBlank()) {
                loaded.add(article.metadata().publisher());
            }
        });
        for (String publisher : loaded) {
            if (Agencies.asWord(publisher).matcher(question).find() || shortFormIn(question, publisher, loaded)
                    || tailFormIn(question, publisher, loaded)
                    || headFormIn(question, publisher, loaded) || placeFormIn(question, publisher, loaded)) {
                named.add(Agencies.shortName(publisher));
            }
        }
        for (AgencyName name : AGENCY_NAMES) {
            boolean loadedOutlet = loaded.stream().anyMatch(publisher -> Agencies.shortName(publisher).equals(name.agency()));
            if ((loadedOutlet ? name.word() : name.askedFor()).matcher(question).find()) {
                named.add(name.agency());
            }
        }
        return named;
    }

    /**
     * Whether the question names a paper by the last word of its name, as readers do: "the Herald" for the
     * Caucasus Herald, "the Courier" for The North Sea Courier. Only with "the" and its capital, not as the start of
     * another name ("the Beacon Trophy"), and only when no other loaded outlet's name ends in that word.
     */
    private static boolean shortFormIn(String question, String publisher, Set<String> loaded) {
        String[] words = publisher.strip().split("\\s+");
        String last = words[words.length - 1];
        // most questions hold no outlet's last word: nothing else is looked at for them, on every question
        if (words.length < 2 || !Character.isUpperCase(last.charAt(0)) || last.length() < 3
                || !question.toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT))) {
            return false;
        }
        long sharing = loaded.stream().filter(other -> other.strip().endsWith(" " + last)).count();
        String word = Pattern.quote(last);
        // "the Herald" as a name; "the council's release", "according to the ministry" in lower case too, where the
        // words around it can only mean the publisher
        // (not when a capitalised word follows, as in another name: "the Beacon Trophy" for the North Norfolk Beacon)
        return sharing == 1 && (Pattern.compile("\\b[Tt]he\\s+" + word + "(?![\\p{L}\\p{N}])(?!\\s+(?!" + MonthNames.PATTERN
                + ")\\p{Lu}\\p{Ll})").matcher(question).find()
                || Pattern.compile("\\bthe\\s+" + word + "['’]s\\s+(?:(?:news|press|media|latest|first)\\s+)?" + RELEASE
                        + "|\\baccording\\s+to\\s+the\\s+" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(question).find());
    }

    /**
     * Whether the question names a body by the last words of its name, after "the", in any case: "the Border Guard"
     * for FINNISH BORDER GUARD, "the Coast Guard District" for the Gulf of Bothnia Coast Guard District. Only when no
     * other loaded outlet's name ends in those words.
     */
    private static boolean tailFormIn(String question, String publisher, Set<String> loaded) {
        String[] words = publisher.strip().split("\\s+");
        String asked = question.toLowerCase(Locale.ROOT);
        for (int first = words.length - 2; first >= 1; first--) {
            String tail = String.join(" ", List.of(words).subList(first, words.length)).toLowerCase(Locale.ROOT);
            if (!asked.contains(tail)) {
                return false;
            }
            long sharing = loaded.stream().filter(other -> other.strip().toLowerCase(Locale.ROOT).endsWith(" " + tail)).count();
            if (sharing == 1 && Pattern.compile("\\bthe\\s+" + Pattern.quote(tail) + "(?![\\p{L}\\p{N}])").matcher(asked).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question names a body by the word its name is headed by, before "of" or "on", in lower case too:
     * "according to the board" or "the advisory board's opinion" for the Advisory Board on Wolf, Bear and Lynx. Only
     * when no other loaded outlet's name is headed by that word.
     */
    private static boolean headFormIn(String question, String publisher, Set<String> loaded) {
        Optional<String> head = headWord(publisher);
        if (head.isEmpty() || !question.toLowerCase(Locale.ROOT).contains(head.get().toLowerCase(Locale.ROOT))) {
            return false;
        }
        long sharing = loaded.stream().filter(other -> headWord(other).filter(head.get()::equalsIgnoreCase).isPresent()).count();
        String word = Pattern.quote(head.get());
        return sharing == 1 && Pattern.compile("\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?" + word + "['’]s\\s+(?:(?:news|press|media"
                + "|latest|first)\\s+)?" + RELEASE + "|\\baccording\\s+to\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?" + word + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(question).find();
    }

    /** The word a body's name is headed by: "Board" in "Advisory Board on Wolf, Bear and Lynx", "Office" in "Office of …". */
    private static Optional<String> headWord(String publisher) {
        String[] words = publisher.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (HEAD_ENDS.contains(words[i]) && words[i - 1].length() >= 3 && Character.isUpperCase(words[i - 1].charAt(0))) {
                return Optional.of(words[i - 1]);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> HEAD_ENDS = Set.of("of", "on", "for");

    /**
     * Whether the question names a body by the place its name starts with, before what the body put out: "the Falmouth
     * notice" for Falmouth Harbour. Only when no other loaded outlet's name starts with that word.
     */
    private static boolean placeFormIn(String question, String publisher, Set<String> loaded) {
        String[] words = publisher.strip().split("\\s+");
        String first = words[0];
        if (words.length < 2 || first.length() < 3 || !Character.isUpperCase(first.charAt(0))
                || !question.toLowerCase(Locale.ROOT).contains(first.toLowerCase(Locale.ROOT))) {
            return false;
        }
        long sharing = loaded.stream().filter(other -> other.strip().toLowerCase(Locale.ROOT)
                .startsWith(first.toLowerCase(Locale.ROOT) + " ")).count();
        return sharing == 1 && Pattern.compile("\\bthe\\s+(?-i:\\p{Lu})(?i:" + Pattern.quote(first.substring(1)) + ")\\s+"
                + RELEASE, Pattern.CASE_INSENSITIVE).matcher(question).find();
    }

    /** What an institution puts out: "the council's release", "the ministry's statement", "the mayor's executive order". */
    private static final String RELEASE = "(?:(?:executive|official|formal|written)\\s+)?(?:release|statement|report|story"
            + "|article|update|announcement|notice|bulletin|explainer|page|website|site|order|letter|log|reply|response"
            + "|abstract|minutes|circular|decree|ordinance|opinion|decision|post|findings)s?\\b";

    private static MonthDay monthDay(Matcher date) {
        if (date.group("iso") != null) {
            try {
                return MonthDay.from(LocalDate.parse(date.group("iso")));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        boolean monthFirst = date.group("month") != null;
        Optional<Month> month = MonthNames.of(date.group(monthFirst ? "month" : "monthAfter"));
        int dayOfMonth = Integer.parseInt(date.group(monthFirst ? "day" : "dayFirst"));
        return month.filter(m -> dayOfMonth >= 1 && dayOfMonth <= m.maxLength())
                .map(m -> MonthDay.of(m, dayOfMonth)).orElse(null);
    }

    private static int year(Matcher date) {
        if (date.group("iso") != null) {
            return Integer.parseInt(date.group("iso").substring(0, 4));
        }
        return date.group("year") == null ? 0 : Integer.parseInt(date.group("year"));
    }

}
