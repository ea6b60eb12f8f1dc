package org.newsdesk.llm.grounding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * The figures and dates of a sentence: each is in the words it rests on, keeps the bound the support puts on
 * it ("at least 31"), still counts what it counts there ("a 6 percent raise"), and stays in its role.
 */
final class FigureCheck {

    /** A half or a quarter of a year: "the first half of 2026", "the second quarter of the year", "half a year". */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "(?i)\\b(half|quarter)(?: of)?(?: a| the| this| next| last)? (?:year|\\d{4})\\b");
    /** The months of a half and of a quarter of a year, as a sentence counts them. */
    private static final Pattern SIX_MONTHS = Pattern.compile("(?i)\\b(?:6|six) months\\b");
    private static final Pattern THREE_MONTHS = Pattern.compile("(?i)\\b(?:3|three) months\\b");
    /** A date told from today: "next year", "this month", "last week", "the coming season". */
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(?i)\\b(this|next|last|previous|coming) (week|month|quarter|season|year)\\b");
    /** A share told as so many in so many: "four in ten", "one out of 5". */
    private static final Pattern PARTS = Pattern.compile("(?i)\\b([\\p{L}\\d.]+) (?:in|out of) (?:every )?([\\p{L}\\d.]+)\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)^\\s*(?:%|percent\\b|per cent\\b)");
    /** A small count after a definite determiner: "the two tourists", "the two are accused", "these three". */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those)\\s+$");
    /** "two of the nine studies": a count of a part, "of" and a determiner, and the count of the whole if given. */
    private static final Pattern PARTITIVE = Pattern.compile("(?i)\\b(\\d[\\d,.]*|\\p{L}+)\\s+of\\s+(?:the|its|their|these|those)"
            + "(?:\\s+(\\d[\\d,.]*|\\p{L}+))?\\b");
    /** "most of", "the majority of", "the bulk of": more than half of what follows. */
    private static final Pattern MOST = Pattern.compile("(?i)\\b(?:most|(?:the|a)\\s+majority|the\\s+bulk)\\s+of\\b");
    /** A share of at most half: "a quarter of", "one third of", "half of", "38 percent of". */
    private static final Pattern AT_MOST_HALF = Pattern.compile("(?i)\\b(?:(?:a|one)\\s+(?:quarter|third|fifth|tenth)|half"
            + "|(\\d+(?:\\.\\d+)?)\\s*(?:percent|per\\s+cent|%))\\s+of\\b");

    private FigureCheck() {
    }

    /** Every figure of a sentence, in any language, that the support gives no value of. */
    static List<Problem> unsupported(String claim, Set<BigDecimal> supported) {
        return Figures.in(claim).stream().filter(figure -> !supported.contains(figure.value()))
                .map(figure -> new Problem(Kind.UNSUPPORTED_FIGURE, figure.written())).toList();
    }

    static List<Problem> problems(String claim, Statement said, String support, Statement source) {
        return problems(claim, said, support, source, "");
    }

    static List<Problem> problems(String claim, Statement said, String support, Statement source, String shown) {
        Set<BigDecimal> supported = supportedIn(support, claim, shown);
        List<Problem> problems = new ArrayList<>(unsupported(claim, supported));
        Set<BigDecimal> qualifiedOnly = qualified(support, true);
        qualified(claim, false).stream().filter(qualifiedOnly::contains)
                .forEach(value -> problems.add(new Problem(Kind.CHANGED_MODALITY, claim)));
        said.dates.stream().filter(date -> !source.dates.contains(date))
                .forEach(date -> problems.add(new Problem(Kind.UNSUPPORTED_FIGURE, date)));
        said.monthYears.stream().filter(date -> !source.monthYears.contains(date))
                .filter(date -> source.monthYears.stream().anyMatch(other -> other.startsWith(date.split(" ")[0] + " ")))
                .forEach(date -> problems.add(new Problem(Kind.MOVED_FIGURE, date)));
        problems.addAll(movedRelativeDates(claim, support));
        if (dropsRank(said, source)) {
            problems.add(new Problem(Kind.MOVED_FIGURE, claim));
        }
        for (Count count : said.counts) {
            if (!supported.contains(count.value()) && !Figures.in(count.written()).isEmpty()) {
                continue; // reported as unsupported already
            }
            // the counts of the support that count most nearly the same thing: "a 3 percent raise" is checked
            // against "a 6 percent raise", not against the "3 percent" offered
            long nearest = source.counts.stream().mapToLong(other -> other.sharedNouns(count)).max().orElse(0);
            List<Count> nearestCounts = source.counts.stream()
                    .filter(other -> other.sameThing(count) && other.sharedNouns(count) == nearest).toList();
            boolean countsIt = nearestCounts.stream().anyMatch(other -> other.value().compareTo(count.value()) == 0);
            boolean countsAnother = nearestCounts.stream().anyMatch(other -> other.value().compareTo(count.value()) != 0);
            if (!countsIt && countsAnother) {
                problems.add(new Problem(Kind.MOVED_FIGURE, count.written()));
            }
        }
        return problems;
    }

    /**
     * The dates told from today that the sentence moves: "by the end of this year" where the support says only "by
     * the end of next year" of years, or "last week" where it says only "last month" of what is past. No figure is
     * written, so the check by value passes them; "previous" is read as "last" and "coming" as "next".
     */
    private static List<Problem> movedRelativeDates(String claim, String support) {
        Set<String> supported = relativeDates(support);
        return relativeDates(claim).stream().filter(date -> !supported.contains(date))
                .filter(date -> supported.stream().anyMatch(other -> other.endsWith(date.substring(date.indexOf(' ')))
                        || other.startsWith(date.substring(0, date.indexOf(' ') + 1))))
                .map(date -> new Problem(Kind.MOVED_FIGURE, date)).toList();
    }

    private static Set<String> relativeDates(String text) {
        Set<String> dates = new HashSet<>();
        Matcher date = RELATIVE_DATE.matcher(text);
        while (date.find()) {
            String when = date.group(1).toLowerCase(Locale.ROOT);
            when = when.equals("previous") ? "last" : when.equals("coming") ? "next" : when;
            dates.add(when + " " + date.group(2).toLowerCase(Locale.ROOT));
        }
        return dates;
    }

    /**
     * The values a support gives a sentence's figures: its own figures, the months of its parts of a year, and the
     * small counts of the groups the sentence names by a definite phrase that the passages shown give.
     */
    static Set<BigDecimal> supportedIn(String support, String claim, String shown) {
        Set<BigDecimal> supported = new HashSet<>(Figures.valuesIn(support));
        supported.addAll(monthsOfYearParts(support, claim));
        supported.addAll(knownGroupCounts(claim, shown));
        supported.addAll(partsOfPercent(claim, support));
        return supported;
    }

    /**
     * "four in ten" for "40 percent": the two figures of a share given as so many in so many are supported where the
     * support gives the share as a percentage, the same value.
     */
    private static Set<BigDecimal> partsOfPercent(String claim, String support) {
        Set<BigDecimal> percents = new HashSet<>();
        for (Figures.Figure figure : Figures.in(support)) {
            if (PERCENT.matcher(support.substring(figure.start() + figure.written().length())).find()) {
                percents.add(figure.value().stripTrailingZeros());
            }
        }
        Set<BigDecimal> parts = new HashSet<>();
        Matcher share = PARTS.matcher(claim);
        while (share.find()) {
            Set<BigDecimal> part = Figures.valuesIn(share.group(1));
            Set<BigDecimal> whole = Figures.valuesIn(share.group(2));
            if (part.size() != 1 || whole.size() != 1 || whole.iterator().next().signum() <= 0) {
                continue;
            }
            BigDecimal a = part.iterator().next();
            BigDecimal b = whole.iterator().next();
            BigDecimal percent = a.multiply(BigDecimal.valueOf(100)).divide(b, 2, RoundingMode.HALF_UP).stripTrailingZeros();
            if (a.compareTo(b) < 0 && percents.stream().anyMatch(given -> given.compareTo(percent) == 0)) {
                parts.add(a);
                parts.add(b);
            }
        }
        return parts;
    }

    /**
     * The counts of a sentence that name a group the reader already knows of rather than state a figure: "the two
     * tourists", "the two are accused of" refer back, by a definite determiner, to a group the passages count ("two
     * British tourists", "two players"), though the passage cited names them ("The tourists", "Jayasuriya and
     * Fernando"). Only small counts (2 to 10) and only values the passages shown give somewhere; a count the
     * support gives of the same thing is still compared as a count.
     */
    static Set<BigDecimal> knownGroupCounts(String claim, String shown) {
        Set<BigDecimal> counts = new HashSet<>();
        if (shown == null || shown.isEmpty()) {
            return counts;
        }
        Set<BigDecimal> given = null;
        for (Figures.Figure figure : Figures.in(claim)) {
            int at = figure.start();
            BigDecimal value = figure.value();
            boolean small = value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(2)) >= 0
                    && value.compareTo(BigDecimal.TEN) <= 0;
            if (!small || !DEFINITE_BEFORE.matcher(claim.substring(Math.max(0, at - 10), at)).find()) {
                continue;
            }
            given = given != null ? given : Figures.valuesIn(shown);
            if (given.contains(value)) {
                counts.add(value);
            }
        }
        return counts;
    }

    /**
     * The months a part of a year the support names lasts: "the first six months of 2026" restates "the first half of
     * 2026", "three months" a quarter. Only to a sentence that counts them in months, and not from "half" alone
     * ("half the staff").
     */
    private static Set<BigDecimal> monthsOfYearParts(String support, String claim) {
        Set<BigDecimal> months = new HashSet<>();
        Matcher part = PART_OF_YEAR.matcher(support);
        while (part.find()) {
            boolean half = part.group(1).equalsIgnoreCase("half");
            if ((half ? SIX_MONTHS : THREE_MONTHS).matcher(claim).find()) {
                months.add(BigDecimal.valueOf(half ? 6 : 3));
            }
        }
        return months;
    }

    /**
     * Whether the sentence gives a superlative without the rank the support gives it: "Europe's busiest port" for
     * "Europe's second-busiest", "the largest producer" for "the third-largest", which says first.
     */
    private static boolean dropsRank(Statement said, Statement source) {
        Set<String> ranked = superlatives(source.tokens, true);
        return superlatives(said.tokens, false).stream().anyMatch(ranked::contains);
    }

    /**
     * The superlatives of a text that an ordinal ranks ("second-busiest"), or that none does: in lower case as
     * written, since the tagger reads "busiest" as an adjective in one and a preposition in the other.
     */
    private static Set<String> superlatives(List<Token> tokens, boolean ranked) {
        Set<String> superlatives = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).lower().matches("\\p{L}{2,}est")) {
                continue;
            }
            int before = i > 0 && tokens.get(i - 1).text().equals("-") ? i - 2 : i - 1;
            if ((before >= 0 && Grammar.ORDINALS.containsKey(tokens.get(before).lower())) == ranked) {
                superlatives.add(tokens.get(i).lower());
            }
        }
        return superlatives;
    }

    /**
     * The values a text gives with a qualifier before them ("at least 31"), or, with {@code qualifiedOnly} false,
     * the values it gives bare ("31 people").
     */
    private static Set<BigDecimal> qualified(String text, boolean qualifiedOnly) {
        Set<BigDecimal> with = new HashSet<>();
        Set<BigDecimal> without = new HashSet<>();
        for (Figures.Figure figure : Figures.in(text)) {
            int at = figure.start();
            (Grammar.FIGURE_QUALIFIER.matcher(text.substring(Math.max(0, at - 20), at)).find() ? with : without)
                    .add(figure.value());
        }
        if (qualifiedOnly) {
            with.removeAll(without);
            return with;
        }
        return without;
    }

    /**
     * A figure or date put in another role: the clause gives a role a figure ("won 29 percent", "to 61 percent")
     * or a date ("7.1 percent in April") that the restated clause gives none of its phrases with the same head
     * in that role, though it gives them figures (or dates) of their own. Figures swapped between two parties
     * or between "from" and "to" keep every value in the support, so the check by value alone passes them.
     * Figures are compared with figures and dates with dates, so a date the support gives in a phrase of its
     * own ("on Saturday") is not taken for one moved.
     */
    static boolean moves(Clause clause, Clause restated) {
        for (Slot slot : clause.slots()) {
            List<Participant> fillers = restated.slots().stream()
                    .filter(other -> other.key().equals(slot.key()) && other.who().head() != null
                            && other.who().head().equals(slot.who().head()))
                    .map(Slot::who).toList();
            if (moved(slot.who().figures(), fillers.stream().map(Participant::figures).toList())
                    || moved(slot.who().dates(), fillers.stream().map(Participant::dates).toList())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure moved, judged against the restated clause and against the support's clause that gives most of the
     * clause's figures, where the two differ: "the regulator said the ratio had risen to 171 percent from 138
     * percent" restates "the regulator said the ratio remained above the minimum" by its words, but its figures
     * are those of "though it had fallen to 138 percent from 171 percent", where "to" and "from" are swapped.
     */
    static boolean moves(Clause clause, Clause restated, Statement source) {
        return moves(clause, restated) || givingMostFigures(clause, source).filter(other -> other != restated)
                .map(other -> moves(clause, other)).orElse(false);
    }

    private static Optional<Clause> givingMostFigures(Clause clause, Statement source) {
        Set<String> figures = new HashSet<>();
        clause.participants().forEach(participant -> figures.addAll(participant.figures()));
        Clause best = null;
        long bestShared = 0;
        for (Clause candidate : source.clauses) {
            long shared = candidate.participants().stream().flatMap(participant -> participant.figures().stream())
                    .distinct().filter(figures::contains).count();
            if (shared > bestShared) {
                best = candidate;
                bestShared = shared;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean moved(Set<String> given, List<Set<String>> restated) {
        List<Set<String>> giving = restated.stream().filter(values -> !values.isEmpty()).toList();
        return !given.isEmpty() && !giving.isEmpty() && giving.stream().noneMatch(values -> values.containsAll(given));
    }

    /**
     * Whether a sentence makes the count of a whole the count of a part, or the other way round: "nine of the
     * studies" for "two of the nine studies", where nine counts all the studies, not those of them it speaks of.
     */
    static boolean partitiveSwapped(String claim, String support) {
        List<Set<Long>> said = partsAndWholes(claim);
        List<Set<Long>> given = partsAndWholes(support);
        return said.get(0).stream().anyMatch(part -> !given.get(0).contains(part) && given.get(1).contains(part))
                || said.get(1).stream().anyMatch(whole -> !given.get(1).contains(whole) && given.get(0).contains(whole));
    }

    private static List<Set<Long>> partsAndWholes(String text) {
        Set<Long> parts = new HashSet<>();
        Set<Long> wholes = new HashSet<>();
        Matcher partitive = PARTITIVE.matcher(text);
        while (partitive.find()) {
            Long part = count(partitive.group(1));
            if (part == null) {
                continue;
            }
            parts.add(part);
            Long whole = partitive.group(2) == null ? null : count(partitive.group(2));
            if (whole != null) {
                wholes.add(whole);
            }
        }
        return List.of(parts, wholes);
    }

    private static Long count(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        if (lower.matches("\\d[\\d,]*")) {
            return Long.parseLong(lower.replace(",", ""));
        }
        Integer value = NumberWords.value(lower);
        return value == null ? null : value.longValue();
    }

    /**
     * Whether a sentence says "most of" what the support gives a share of at most half of, and never "most" of:
     * "Chile produces most of the world's copper" for "about a quarter of the world's copper".
     */
    static boolean shareMadeMost(String claim, String support) {
        if (!MOST.matcher(claim).find() || MOST.matcher(support).find()) {
            return false;
        }
        Matcher share = AT_MOST_HALF.matcher(support);
        while (share.find()) {
            if (share.group(1) == null || new BigDecimal(share.group(1)).compareTo(BigDecimal.valueOf(50)) <= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence gives a verb the date the support gives another verb, where the support dates that verb
     * otherwise: "was knocked out of service on Wednesday" for "was knocked out of service on Tuesday ..., the agency
     * said on Wednesday". A day or month after "on" or "in" goes with the last verb before it.
     */
    static boolean movesDate(Statement said, Statement source) {
        Map<String, Set<String>> given = datedVerbs(source);
        for (Map.Entry<String, Set<String>> dated : datedVerbs(said).entrySet()) {
            Set<String> there = given.getOrDefault(dated.getKey(), Set.of());
            if (there.isEmpty()) {
                continue;
            }
            for (String verb : dated.getValue()) {
                boolean datedOtherwise = given.entrySet().stream()
                        .anyMatch(other -> !other.getKey().equals(dated.getKey()) && other.getValue().contains(verb));
                if (!there.contains(verb) && datedOtherwise) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each weekday or month of a text with the stems of the verbs it goes with. */
    private static Map<String, Set<String>> datedVerbs(Statement statement) {
        Map<String, Set<String>> dated = new HashMap<>();
        for (Clause clause : statement.clauses) {
            List<Token> words = clause.words();
            String verb = null;
            for (int i = 0; i < words.size(); i++) {
                Token word = words.get(i);
                if (word.is("VERB")) {
                    verb = word.stem();
                } else if (verb != null && i > 0 && (words.get(i - 1).lower().equals("on") || words.get(i - 1).lower().equals("in"))
                        && (Grammar.WEEKDAYS.contains(word.lower()) || Grammar.MONTHS.contains(word.lower()) && word.is("PROPN"))) {
                    // only "on Wednesday", "in May": "Tuesday's match" and "until April" date no verb
                    dated.computeIfAbsent(word.lower(), key -> new HashSet<>()).add(verb);
                }
            }
        }
        return dated;
    }
}
