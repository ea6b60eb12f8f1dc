package org.newsdesk.answer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures an English sentence states, as values: "19", "20,000", "eight", "twenty thousand",
 * "12 million". Years ("2022") are dates, not figures, and are left out; so is "one", which is far
 * more often a pronoun than a count. Used to tell whether two reports give different figures, and what
 * their figures measure ({@link #measures}).
 */
final class FigureValues {

    /**
     * What a figure measures, by the unit written after it; a figure with none is a count. In the order units are
     * tried: "km/h" is a speed before "km" is a length.
     */
    enum Measure { COUNT, MONEY, SHARE, SPEED, LENGTH, AREA, MASS, DURATION, TEMPERATURE, POWER }

    /** Units, by what they measure, as written after a number (a space or hyphen between, or none). */
    private static final Map<Measure, Pattern> UNITS = new EnumMap<>(Map.of(
            Measure.MONEY, Pattern.compile("(?:euros?|dollars?|pounds?|kroner|kronor|krona|crowns?|francs?|yen|yuan|rupees?"
                    + "|roubles?|rubles?|hryvnias?|zloty|pence|cents?|baht|pesos?|rand|ringgit|rupiah|dinars?|dirhams?"
                    // guineas still price livestock and bloodstock at British auctions: "made 4,200gns"
                    + "|riyals?|shekels?|lira|forint|guineas?|gns|usd|eur|gbp|chf)\\b"),
            Measure.SHARE, Pattern.compile("(?:%|per\\s?cent\\b|percentage\\s+points?\\b)"),
            Measure.LENGTH, Pattern.compile("(?:metres?|meters?|m|km|kilomet(?:re|er)s?|(?:nautical\\s+)?miles?|feet|foot|ft"
                    + "|inch(?:es)?|cm"
                    + "|centimet(?:re|er)s?|millimet(?:re|er)s?|mm|storeys?|stories|floors?)\\b"),
            Measure.AREA, Pattern.compile("(?:hectares?|ha|acres?|square)\\b"),
            // "1,500 metric tons", "1,650 U.S. tons", "200 short tons"
            Measure.MASS, Pattern.compile(
                    "(?:(?:metric|short|long|u\\.?s\\.?)\\s+)?(?:kg|kilos?|kilograms?|grams?|tonnes?|tons?)\\b"),
            Measure.DURATION, Pattern.compile("(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\\b"),
            // "50 km/h", "50 kilometres an hour", "30 miles per hour"
            Measure.SPEED, Pattern.compile("(?:km/h|kph|mph|knots?|(?:kilomet(?:re|er)s?|km|miles?)\\s+(?:an|per)\\s+hour\\b)"),
            Measure.TEMPERATURE, Pattern.compile("(?:degrees?|°|[cf]\\b)"),
            Measure.POWER, Pattern.compile("(?:megawatts?|gigawatts?|kilowatts?|mw|gw|kw)\\b")));
    /**
     * The units of these measures as one alternation, for a pattern that finds a figure of them in a sentence
     * ({@link QuestionKind}): the units are written once, here.
     */
    static String unitsOf(Measure... measures) {
        return Arrays.stream(measures).map(measure -> UNITS.get(measure).pattern())
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /**
     * The signs a sum of money is written with before its figure: the symbols, and the letters some currencies use
     * ("Rs 450", "KSh 2,000", "Rp 20,000"; Nigeria's "N14 million" and South Africa's "R3 billion", whose one
     * letter names a sum only before a figure of millions or more).
     */
    private static final String SIGN = "(?:[€$£¥₴₽₦₹₱₩₺₪₫₸₼₾₵]|(?<![\\p{L}\\p{N}])(?:Rs\\.?|KSh|Rp))";
    private static final String LETTER = "(?<![\\p{L}\\p{N}])[NR]";
    private static final String MILLIONS_FIGURE = "\\d[\\d,.]*\\s?(?:million|billion|trillion|bn)\\b";
    static final String CURRENCY_SIGN_BEFORE = SIGN + "\\s?\\d|" + LETTER + "\\s?" + MILLIONS_FIGURE;
    private static final Pattern CURRENCY_SIGN = Pattern.compile(SIGN + "\\s?$");
    private static final Pattern CURRENCY_LETTER = Pattern.compile(LETTER + "\\s?$");
    private static final Pattern MILLIONS = Pattern.compile(MILLIONS_FIGURE);

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L);
    /** A number in digits or words, and a scale word after it. Sentences are at most 600 characters. */
    private static final Pattern FIGURE = Pattern.compile(
            // a sum may follow a currency's letter: "N14 million", "Rs450"
            "(?:(?<![\\p{L}\\p{N}.,])|(?<=(?<![\\p{L}\\p{N}])(?:Rs|KSh|Rp))|(?<=(?<![\\p{L}\\p{N}])[NR])"
                    + "(?=\\d[\\d,.]*[ ]?(?:million|billion|trillion|bn)\\b))(?:(?<digits>\\d{1,3}(?:,\\d{3})++(?:\\.\\d+)?|\\d++(?:\\.\\d+)?)|(?<word>\\p{L}++))"
                    + "(?:[ -](?<scale>hundred|thousand|million|billion)\\b)?",
            Pattern.CASE_INSENSITIVE);

    private FigureValues() {
    }

    /** The values of the figures in a sentence, in order, without repeats. */
    static Set<BigDecimal> in(String sentence) {
        Set<BigDecimal> values = new LinkedHashSet<>();
        Matcher figure = FIGURE.matcher(sentence);
        while (figure.find()) {
            BigDecimal value = value(figure);
            if (value != null) {
                values.add(value.stripTrailingZeros());
            }
        }
        return values;
    }

    /**
     * What the sentence's figures measure: "burned 4,200 hectares" an area, "a perimeter of 74 kilometres" a
     * length, "1,800 people" a count. Two reports' figures for the same thing measure the same.
     */
    static Set<Measure> measures(String sentence) {
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        Matcher figure = FIGURE.matcher(sentence);
        while (figure.find()) {
            if (value(figure) != null) {
                measures.add(measure(sentence, figure));
            }
        }
        return measures;
    }

    /** What the figure starting at {@code start} measures: "26,000 guineas" money, "412 rams" a count. */
    static Measure measureAt(String sentence, int start) {
        Matcher figure = FIGURE.matcher(sentence).region(start, sentence.length());
        return figure.lookingAt() && value(figure) != null ? measure(sentence, figure) : Measure.COUNT;
    }

    /** Whether one of the words is a unit of money: "how many dollars …?" counts money. */
    static boolean namesMoney(Set<String> words) {
        return words.stream().anyMatch(word -> UNITS.get(Measure.MONEY).matcher(word).matches());
    }

    private static Measure measure(String sentence, Matcher figure) {
        String before = sentence.substring(Math.max(0, figure.start() - 4), figure.start());
        if (CURRENCY_SIGN.matcher(before).find() || CURRENCY_LETTER.matcher(before).find()
                && MILLIONS.matcher(sentence).region(figure.start(), sentence.length()).lookingAt()) {
            return Measure.MONEY;
        }
        String after = sentence.substring(figure.end()).replaceFirst("^[\\s-]?", "").toLowerCase(Locale.ROOT);
        return UNITS.entrySet().stream().filter(unit -> unit.getValue().matcher(after).lookingAt())
                .map(Map.Entry::getKey).findFirst().orElse(Measure.COUNT);
    }

    private static BigDecimal value(Matcher figure) {
        BigDecimal base;
        if (figure.group("digits") != null) {
            String digits = figure.group("digits");
            if (digits.matches("(?:19|20)\\d\\d") && figure.group("scale") == null) {
                return null; // a year
            }
            base = new BigDecimal(digits.replace(",", ""));
        } else {
            Integer word = WORDS.get(figure.group("word").toLowerCase(Locale.ROOT));
            if (word == null) {
                return null;
            }
            base = BigDecimal.valueOf(word);
        }
        String scale = figure.group("scale");
        return scale == null ? base : base.multiply(BigDecimal.valueOf(SCALES.get(scale.toLowerCase(Locale.ROOT))));
    }
}
