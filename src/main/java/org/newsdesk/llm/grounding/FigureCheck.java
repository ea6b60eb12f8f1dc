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
    /** A date told from today: "next year", "this month", "last week", "the coming season", "next spring". */
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(?i)\\b(this|next|last|previous|coming) (week|month|quarter|season|year|spring|summer|autumn|fall|winter)\\b");
    /** A day told from today: "yesterday" is the last day, "tomorrow" the next. */
    private static final Pattern DAY_FROM_TODAY = Pattern.compile("(?i)\\b(yesterday|today|tomorrow)\\b");
    /** The period now running, told by "the": "until the end of the season" is this season. */
    private static final Pattern CURRENT_PERIOD = Pattern.compile(
            "(?i)\\b(?:end|start|beginning|rest|middle|remainder) of the (week|month|quarter|season|year)\\b");
    /** A fraction: "half", "a third", "two fifths", "three quarters". */
    private static final Pattern FRACTION = Pattern.compile("(?i)(?<![\\p{L}-])(?:(an?|one|two|three|four|five|six|seven|eight|nine)\\s+)?"
            + "(half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![\\p{L}])");
    /** What may follow a fraction: "of", a preposition or conjunction, a verb's auxiliary, or the end of a phrase. */
    private static final Pattern FRACTION_FOLLOWER = Pattern.compile("(?i)\\s*(?:$|[,.;:)]|(?:of|the|in|on|at|by|for|from|to|since"
            + "|and|or|but|than|over|between|during|while|were|was|is|are|has|had|have|will|would|who|which|that|last|this"
            + "|received|got)\\b)");
    /** An ordinal or a word that picks a part of a period before "half": "the first half", "the second half". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?i)\\b(?:first|second|latter|former)\\s+$");
    /** How far a percentage may be from a fraction it rounds: 33 percent is a third. */
    private static final BigDecimal ROUNDED_PERCENT = new BigDecimal("0.005");
    /** A figure and a word joined by a hyphen: "four-year", "12-month". */
    private static final Pattern JOINED_UNIT = Pattern.compile("([\\p{L}\\d.,]+)-(\\p{L}+)");
    /** The units of time a figure may count, by stem: its unit is part of the figure. */
    private static final Set<String> TIME_UNITS = Set.of("minut", "hour", "day", "week", "fortnight", "month", "quarter",
            "season", "year", "decad");
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
        if (movesShare(claim, support)) {
            problems.add(new Problem(Kind.MOVED_FIGURE, claim));
        }
        if (movesTimeUnit(said, source)) {
            problems.add(new Problem(Kind.MOVED_FIGURE, claim));
        }
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
     * written, so the check by value passes them; "previous" is read as "last" and "coming" as "next". The seasons
     * are told so too ("next autumn" for "next spring"); "yesterday" is the last day and "tomorrow" the next ("complained
     * yesterday" for "complained last week"); and the end, start or rest "of the season" is this season's ("until the
     * end of next season" for "until the end of the season").
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
        Matcher day = DAY_FROM_TODAY.matcher(text);
        while (day.find()) {
            dates.add(switch (day.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> "last day";
                case "tomorrow" -> "next day";
                default -> "this day";
            });
        }
        Matcher current = CURRENT_PERIOD.matcher(text);
        while (current.find()) {
            dates.add("this " + current.group(1).toLowerCase(Locale.ROOT));
        }
        return dates;
    }

    /**
     * Whether the sentence gives a figure another unit of time than the support gives it: "within the first month"
     * for "within the first year", "a further four months" for "a further four years". A number's unit of time is
     * part of the figure, and the check by value alone passes it. Only where the support gives the same number with
     * another unit of time, and never with this one.
     */
    private static boolean movesTimeUnit(Statement said, Statement source) {
        Set<String> given = timedFigures(source.tokens);
        for (String timed : timedFigures(said.tokens)) {
            String value = timed.substring(0, timed.indexOf(' '));
            if (!given.contains(timed) && given.stream().anyMatch(other -> other.startsWith(value + " "))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each figure of a text that a unit of time follows, as its value and the unit's stem ("4 year"): the unit right
     * after the figure, or after its hyphen or an adjective or two ("four more years", "the first full year").
     */
    private static Set<String> timedFigures(List<Token> tokens) {
        Set<String> timed = new HashSet<>();
        for (int start = 0; start < tokens.size(); start++) {
            // "a four-year ban", "a 12-month contract": the figure and its unit in one word
            Matcher joined = JOINED_UNIT.matcher(tokens.get(start).lower());
            if (joined.matches() && !Figures.in(joined.group(1)).isEmpty()
                    && TIME_UNITS.contains(EnglishTagger.stem(joined.group(2), "NOUN"))) {
                timed.add(Figures.in(joined.group(1)).get(0).value().stripTrailingZeros().toPlainString() + " "
                        + EnglishTagger.stem(joined.group(2), "NOUN"));
                continue;
            }
            int end = start;
            while (end < tokens.size() && timeFigure(tokens.get(end))) {
                end++;
            }
            if (end == start) {
                continue;
            }
            StringBuilder written = new StringBuilder();
            tokens.subList(start, end).forEach(token -> written.append(written.length() > 0 ? " " : "").append(token.text()));
            String lower = written.toString().toLowerCase(Locale.ROOT);
            List<Figures.Figure> figures = Figures.in(written.toString());
            Integer ordinal = lower.equals("first") ? Integer.valueOf(1) : Grammar.ORDINALS.get(lower);
            BigDecimal value = ordinal != null ? BigDecimal.valueOf(ordinal) : figures.isEmpty() ? null : figures.get(0).value();
            int at = end < tokens.size() && tokens.get(end).text().equals("-") ? end + 1 : end;
            for (int skipped = 0; at < tokens.size() && skipped < 2 && tokens.get(at).is("ADJ")
                    && !TIME_UNITS.contains(tokens.get(at).stem()); skipped++) {
                at++;
            }
            if (value != null && at < tokens.size() && TIME_UNITS.contains(EnglishTagger.stem(tokens.get(at).lower(), "NOUN"))) {
                timed.add(value.stripTrailingZeros().toPlainString() + " " + EnglishTagger.stem(tokens.get(at).lower(), "NOUN"));
            }
            start = end - 1;
        }
        return timed;
    }

    private static boolean timeFigure(Token token) {
        return !Figures.in(token.text()).isEmpty() && !token.text().matches(".*\\d.*-\\p{L}.*")
                || token.lower().equals("first") || Grammar.ORDINALS.containsKey(token.lower());
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
        supported.addAll(sharesOfFractions(claim, support));
        return supported;
    }

    /**
     * "20 percent" or "one in five" for "a fifth": the figures of a percentage or of a share told as so many in so
     * many are supported where the support gives the same share as a fraction.
     */
    private static Set<BigDecimal> sharesOfFractions(String claim, String support) {
        List<BigDecimal> fractions = fractionShares(support);
        Set<BigDecimal> supported = new HashSet<>();
        if (fractions.isEmpty()) {
            return supported;
        }
        for (Figures.Figure figure : Figures.in(claim)) {
            if (PERCENT.matcher(claim.substring(figure.start() + figure.written().length())).find()) {
                BigDecimal share = figure.value().movePointLeft(2);
                if (fractions.stream().anyMatch(fraction -> fraction.subtract(share).abs().compareTo(ROUNDED_PERCENT) <= 0)) {
                    supported.add(figure.value());
                }
            }
        }
        Matcher parts = PARTS.matcher(claim);
        while (parts.find()) {
            Set<BigDecimal> part = Figures.valuesIn(parts.group(1));
            Set<BigDecimal> whole = Figures.valuesIn(parts.group(2));
            BigDecimal a = parts.group(1).equalsIgnoreCase("one") ? BigDecimal.ONE : part.size() == 1 ? part.iterator().next() : null;
            if (a == null || whole.size() != 1 || whole.iterator().next().signum() <= 0) {
                continue;
            }
            BigDecimal b = whole.iterator().next();
            BigDecimal share = a.divide(b, 4, RoundingMode.HALF_UP);
            if (a.compareTo(b) < 0 && fractions.stream().anyMatch(fraction -> fraction.subtract(share).abs().compareTo(ROUNDED_PERCENT) <= 0)) {
                supported.add(a);
                supported.add(b);
            }
        }
        return supported;
    }

    /**
     * Whether the sentence gives a share as a fraction ("a third of the participants") that the support gives as
     * none of its shares, where the support gives a share as a fraction of its own ("half of the participants"):
     * the fraction moved, though no figure is written.
     */
    private static boolean movesShare(String claim, String support) {
        List<BigDecimal> given = fractionShares(support);
        if (given.isEmpty()) {
            return false;
        }
        List<BigDecimal> all = new ArrayList<>(given);
        for (Figures.Figure figure : Figures.in(support)) {
            if (PERCENT.matcher(support.substring(figure.start() + figure.written().length())).find()) {
                all.add(figure.value().movePointLeft(2));
            }
        }
        return fractionShares(claim).stream()
                .anyMatch(share -> all.stream().noneMatch(other -> other.subtract(share).abs().compareTo(ROUNDED_PERCENT) <= 0));
    }

    /**
     * The shares a text gives as fractions: "half", "a third", "two fifths", "three quarters", as a number between 0
     * and 1. Not an ordinal ("a third term", "the first half of 2026", "half a year", "a quarter-point cut"): a fraction
     * is followed by no noun of its own.
     */
    static List<BigDecimal> fractionShares(String text) {
        List<BigDecimal> shares = new ArrayList<>();
        Matcher fraction = FRACTION.matcher(text);
        while (fraction.find()) {
            String denominator = fraction.group(2).toLowerCase(Locale.ROOT).replaceFirst("(?:s|ves)$", "");
            String after = text.substring(fraction.end());
            if (after.startsWith("-") || !FRACTION_FOLLOWER.matcher(after).lookingAt()) {
                continue;
            }
            int parts = switch (denominator) {
                case "hal", "half" -> 2;
                case "quarter" -> 4;
                default -> Grammar.ORDINALS.getOrDefault(denominator, 0);
            };
            String numerator = fraction.group(1) == null ? "a" : fraction.group(1).toLowerCase(Locale.ROOT);
            Integer count = numerator.matches("an?|one") ? Integer.valueOf(1) : NumberWords.value(numerator);
            if (parts == 0 || count == null || parts != 2 && fraction.group(1) == null) {
                continue;
            }
            if (parts == 2 && fraction.group(1) == null && ORDINAL_BEFORE.matcher(text.substring(0, fraction.start())).find()) {
                continue; // "the first half of the year"
            }
            shares.add(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(parts), 4, RoundingMode.HALF_UP));
        }
        return shares;
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
        // one word as a whole count, not Figures.valuesIn: that reads "a decade of the war" as 10 and "1.5 million" as 1.5
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
