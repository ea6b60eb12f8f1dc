package org.newsdesk.llm.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in a text as values, however they are written: "20,000", "20 000", "20 тисяч" and
 * "twenty thousand" are all 20000; "eight", "вісім" and "8" are all 8. Comparing values rather than
 * spellings lets an answer in Ukrainian be checked against an English passage.
 */
public final class Figures {

    /** A figure as written in the text, where it starts there, and its value. */
    public record Figure(String written, int start, BigDecimal value) {
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<digits>\\d{1,3}(?:[,\\u00A0\\u202F ]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)"
                    + "|(?<word>\\p{L}[\\p{L}'’ʼ]*)");
    private static final Pattern JOINER = Pattern.compile("[\\s\\u00A0\\u202F-]*");

    private Figures() {
    }

    public static List<Figure> in(String text) {
        List<Figure> figures = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        Run run = null;
        int previousEnd = 0;
        boolean andPending = false;
        while (token.find()) {
            String between = text.substring(previousEnd, token.start());
            boolean joined = run != null && JOINER.matcher(between).matches();
            String lower = token.group("word") == null ? null
                    : token.group("word").toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
            // "a hundred and eighty": the "and" after a scale word goes on only into a number word
            if (andPending) {
                andPending = false;
                if (!joined || lower == null || NumberWords.value(lower) == null && !lower.equals("one")) {
                    run.addTo(figures, text);
                    run = null;
                    joined = false;
                }
            } else if (joined && lower != null && lower.equals("and") && run.afterScale()) {
                andPending = true;
                previousEnd = token.end();
                continue;
            }
            if (!joined && run != null) {
                run.addTo(figures, text);
                run = null;
            }
            if (token.group("digits") != null) {
                if (run != null) {
                    run.addTo(figures, text);
                }
                run = Run.ofDigits(token.start(), digits(token.group("digits")));
            } else {
                String word = lower;
                Integer value = NumberWords.value(word);
                // "one" is a figure inside a number ("thirty-one", "a hundred and one"), not alone
                if (value == null && word.equals("one") && joined && run.takesWords()
                        && (run.afterScale() || run.afterTens() && between.contains("-"))) {
                    value = 1;
                }
                NumberWords.Scale scale = NumberWords.scale(word);
                if (value != null && (run == null || run.takesWords())) {
                    run = run == null ? Run.ofWords(token.start()) : run;
                    run.add(value);
                } else if (scale != null && run != null) {
                    run.scale(scale);
                } else if (scale != null && !scale.vagueAlone()) {
                    run = Run.ofWords(token.start());
                    run.scale(scale);
                } else if (run != null) {
                    run.addTo(figures, text);
                    run = value == null ? null : Run.ofWords(token.start());
                    if (run != null) {
                        run.add(value);
                    }
                }
            }
            previousEnd = token.end();
            if (run != null) {
                run.end = token.end();
            }
        }
        if (run != null) {
            run.addTo(figures, text);
        }
        return figures;
    }

    /** The values of every figure in a text. */
    public static Set<BigDecimal> valuesIn(String text) {
        Set<BigDecimal> values = new LinkedHashSet<>();
        in(text).forEach(figure -> values.add(figure.value()));
        return values;
    }

    private static BigDecimal digits(String written) {
        String plain = written.replaceAll("[\\u00A0\\u202F ]", "");
        // a comma before exactly three digits groups thousands; otherwise it is a decimal comma
        plain = plain.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? plain.replace(",", "") : plain.replace(',', '.');
        return new BigDecimal(plain);
    }

    /** Adjacent number words and scale words that make one figure: "twenty five thousand". */
    private static final class Run {
        private final int start;
        private final boolean fromDigits;
        private BigDecimal total = BigDecimal.ZERO;
        private BigDecimal current = BigDecimal.ZERO;
        private int end;
        private boolean afterScale;
        private boolean afterTens;

        private Run(int start, boolean fromDigits) {
            this.start = start;
            this.fromDigits = fromDigits;
        }

        static Run ofDigits(int start, BigDecimal value) {
            Run run = new Run(start, true);
            run.current = value;
            return run;
        }

        static Run ofWords(int start) {
            return new Run(start, false);
        }

        boolean takesWords() {
            return !fromDigits;
        }

        /** The last word was a scale word of a number in words ("hundred", "thousand"). */
        boolean afterScale() {
            return afterScale && !fromDigits;
        }

        /** The last word was a tens word ("thirty"), which a hyphen joins to a unit. */
        boolean afterTens() {
            return afterTens;
        }

        void add(int value) {
            current = current.add(BigDecimal.valueOf(value));
            afterScale = false;
            afterTens = value >= 20 && value < 100 && value % 10 == 0;
        }

        void scale(NumberWords.Scale scale) {
            BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
            afterScale = true;
            afterTens = false;
            if (scale.multiplier().intValue() == 100) {
                current = base.multiply(scale.multiplier());
            } else {
                total = total.add(base.multiply(scale.multiplier()));
                current = BigDecimal.ZERO;
            }
        }

        void addTo(List<Figure> figures, String text) {
            BigDecimal value = total.add(current);
            if (value.signum() != 0 || fromDigits) {
                figures.add(new Figure(text.substring(start, end), start, value.stripTrailingZeros()));
            }
        }
    }
}
