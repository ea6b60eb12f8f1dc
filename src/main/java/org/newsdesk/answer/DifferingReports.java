package org.newsdesk.answer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.facts.Events;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.MonthNames;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;

/**
 * Several reports of one event that give different figures (counts or measures) for the thing asked about: each is
 * answered with its outlet and date, newest first, each quote from its own report, and the answer says
 * they differ. Two sentences report the same thing when both answer the question nearly as well, their
 * embeddings are close, and they state figures that are not the same.
 */
final class DifferingReports {

    private static final Pattern ASKS_FOR_A_FIGURE = Pattern.compile(
            "\\b(?:how\\s+(?:many|much)|toll|number|figures?|count|totals?|tally|amount|population|size|rate|share"
                    + "|percentage|price|cost|sum)\\b", Pattern.CASE_INSENSITIVE);

    /** A figure counted per period: "14,000 containers a week", "120 trains per day", "$2 million each year". */
    private static final Pattern RATE = Pattern.compile("\\d[\\d,.]*+(?:\\s++[\\p{L}-]++){0,3}?\\s++(?:a|an|per|each|every)\\s++"
            + "(?:second|minute|hour|day|night|week|month|quarter|season|year)\\b"
            // "a week old", "a year ago", "a day late": a time, not a period counted over
            + "(?!\\s++(?:old|ago|earlier|later|before|after|late|early)\\b)", Pattern.CASE_INSENSITIVE);

    private static final Pattern YEAR = Pattern.compile("\\b(?:1[89]|20)\\d{2}\\b");

    private static final Pattern CLOCK_TIME = Pattern.compile(
            "\\b(?<hour>\\d{1,2})(?:[:.](?<minute>\\d{2}))?\\s*(?<half>[ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);

    /**
     * The day of a date ("14 May", "Aug. 3") and a time of day ("at about 11.25", "11.20 a.m."): figures that say when,
     * not how many or how much, left out when two reports' figures for the thing asked are compared.
     */
    private static final Pattern WHEN = Pattern.compile("(?<![\\d:.,])[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MonthNames.PATTERN
            + "|\\b" + MonthNames.PATTERN + "\\s+[0-3]?\\d(?:st|nd|rd|th)?(?![\\d:.,]\\d)"
            + "|\\bat\\s+(?:about\\s+|around\\s+|approximately\\s+|roughly\\s+)?[0-2]?\\d[:.][0-5]\\d(?![\\d.,]\\d)"
            + "|(?<![\\d:.,])[0-2]?\\d(?:[:.][0-5]\\d)?\\s*(?:[ap]\\.?\\s?m\\b\\.?|hrs\\b)");

    private DifferingReports() {
    }

    /**
     * The best candidate with the best of each other report that gives a different figure for the same
     * thing, if any; only for a question that asks for a figure ("how many", "the death toll"): other
     * questions' answers hold figures by the way, which reports filed on other days give differently
     * without disagreeing about what was asked.
     */
    static List<Candidate> among(String question, List<Candidate> ranked, Snapshot snapshot) {
        Candidate best = ranked.get(0);
        QuestionKind kind = QuestionKind.of(question);
        // "what time did the fire start?": reports that put it at different clock times differ as figures do
        boolean clock = kind == QuestionKind.CLOCK;
        if (!clock && kind != QuestionKind.QUANTITY && kind != QuestionKind.MEASURE
                && !ASKS_FOR_A_FIGURE.matcher(question).find()) {
            return List.of();
        }
        String bestText = clock ? best.passage().text() : withoutWhen(best.passage().text());
        Set<BigDecimal> bestFigures = clock ? clockTimes(bestText) : FigureValues.in(bestText);
        if (bestFigures.isEmpty()) {
            return List.of();
        }
        Set<FigureValues.Measure> bestMeasures = FigureValues.measures(bestText);
        Set<String> counted = kind.counted(question);
        List<Candidate> differing = new ArrayList<>(List.of(best));
        Set<String> reports = new HashSet<>(Set.of(best.passage().document()));
        Set<Article> bestEvent = null;
        for (Candidate other : ranked) { // best first, by the answer model's probability
            if (differing.size() >= ReportTuning.MAX_DIFFERING_REPORTS
                    || other.probability() < ReportTuning.ANSWERS_AS_A_COUNT_OF_THE_SAME * best.probability()) {
                break;
            }
            if (reports.contains(other.passage().document()) || !answersAs(best, other, ranked)) {
                continue;
            }
            String otherText = clock ? other.passage().text() : withoutWhen(other.passage().text());
            Set<BigDecimal> figures = clock ? clockTimes(otherText) : FigureValues.in(otherText);
            // two reports of one event whose figures both stand next to what the question counts report the same
            // thing, however differently their sentences are built ("destroying some 38,000 tonnes of beans" in a long
            // lead, "About 42,000 tons of beans were destroyed")
            boolean bothNear = best.features().near() == 1 && other.features().near() == 1
                    && bothCount(question, counted, best, other);
            if (bothNear && bestEvent == null) { // the best report's event, found once and only when it is needed
                bestEvent = Events.sameEventAs(best.passage().article(), snapshot.articles(), snapshot);
            }
            boolean sameThing = snapshot.similarityBetween(best.passage().index(), other.passage().index())
                    >= snapshot.scale().sameThing()
                    || bothNear && bestEvent.contains(other.passage().article());
            // figures of different measures are not different figures for one thing: an area burned beside a perimeter
            boolean sameMeasure = clock || !Collections.disjoint(bestMeasures, FigureValues.measures(otherText))
                    // "14,000 containers a week" is a rate, "5,400 containers are stuck" a count: not one thing
                    && countsPerPeriod(best.passage().text()) == countsPerPeriod(other.passage().text());
            if (sameThing && sameMeasure && !figures.isEmpty() && !figures.equals(bestFigures)) {
                differing.add(other);
                reports.add(other.passage().document());
            }
        }
        return differing.size() > 1 ? differing : List.of();
    }

    /**
     * Whether another report's sentence answers the question as the best one does. When the best answer's figure stands
     * next to what the question counts ("eight are missing"), a sentence whose figure does too answers from
     * {@link ReportTuning#ANSWERS_AS_A_COUNT_OF_THE_SAME} of the best's probability, and the report's other sentences
     * ("three more bodies") only when it has none such; otherwise a sentence answers if it does nearly as well.
     */
    private static boolean answersAs(Candidate best, Candidate other, List<Candidate> ranked) {
        boolean nearly = other.probability() >= ReportTuning.ANSWERS_NEARLY_AS_WELL * best.probability();
        if (best.features().near() != 1) {
            return nearly;
        }
        return other.features().near() == 1 || nearly && ranked.stream()
                .filter(candidate -> candidate.passage().document().equals(other.passage().document()))
                .noneMatch(candidate -> candidate.features().near() == 1
                        && candidate.probability() >= ReportTuning.ANSWERS_AS_A_COUNT_OF_THE_SAME * best.probability());
    }

    /**
     * Whether both sentences name what a "how many" question counts ("miners"), when it names something, and the years
     * it asks about ("stuck below ground in 2009"): a count of another year is no other report's figure for it.
     */
    private static boolean bothCount(String question, Set<String> counted, Candidate best, Candidate other) {
        List<String> asked = new ArrayList<>(counted.stream()
                .map(word -> word.endsWith("s") ? word.substring(0, word.length() - 1) : word).toList());
        Matcher year = YEAR.matcher(question);
        while (year.find()) {
            asked.add(year.group());
        }
        String one = best.passage().text().toLowerCase(Locale.ROOT);
        String two = other.passage().text().toLowerCase(Locale.ROOT);
        return asked.stream().allMatch(word -> one.contains(word) && two.contains(word));
    }

    /** The sentence with its days and times of day blanked out. */
    static String withoutWhen(String sentence) {
        return WHEN.matcher(sentence).replaceAll(" ");
    }

    /** Whether a sentence counts something per period: "14,000 containers a week", "120 trains per day". */
    static boolean countsPerPeriod(String sentence) {
        return RATE.matcher(sentence).find();
    }

    /** The clock times a sentence gives ("about 11:20 p.m.", "10 a.m."), as minutes after midnight. */
    static Set<BigDecimal> clockTimes(String text) {
        Set<BigDecimal> times = new HashSet<>();
        Matcher time = CLOCK_TIME.matcher(text);
        while (time.find()) {
            int hour = Integer.parseInt(time.group("hour"));
            int minute = time.group("minute") == null ? 0 : Integer.parseInt(time.group("minute"));
            if (hour < 1 || hour > 12 || minute > 59) {
                continue;
            }
            int hours24 = hour % 12 + (time.group("half").equalsIgnoreCase("p") ? 12 : 0);
            times.add(BigDecimal.valueOf(hours24 * 60L + minute));
        }
        return times;
    }

    /** The answer setting the reports side by side, newest first, or empty when they do not differ. */
    static Optional<Answer> answer(Question question, List<Candidate> ranked, Snapshot snapshot, Messages messages) {
        List<Candidate> differing = new ArrayList<>(among(question.text(), ranked, snapshot));
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        differing.sort(Comparator.comparing((Candidate c) -> c.passage().article().metadata().published(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        Locale locale = question.readerLanguage().locale();
        List<String> items = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Candidate candidate : differing) {
            Article article = candidate.passage().article();
            LocalDate published = article.metadata().published();
            String publisher = article.metadata().publisher();
            items.add(messages.text(locale, "report.differing-item", Map.of(
                    "publisher", publisher.isEmpty() ? messages.text(locale, "report.unnamed-outlet") : publisher,
                    "date", published == null ? messages.text(locale, "report.undated") : Byline.day(locale, published),
                    "quote", candidate.passage().text())));
            sources.add(ExtractiveAnswerer.source(candidate));
        }
        String text = messages.text(locale, "report.differing", Map.of("reports", String.join("\n", items)));
        return Optional.of(new Answer(question.text(), text, true, sources, Mode.EXTRACTIVE, "", 0));
    }
}
