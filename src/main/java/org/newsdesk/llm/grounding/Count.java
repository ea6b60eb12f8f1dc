package org.newsdesk.llm.grounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A figure and the nouns after it, one of which it counts: "12 wounded servicemen", "6 percent raise". */
record Count(BigDecimal value, Set<String> nouns, String written) {

    boolean sameThing(Count other) {
        return nouns.stream().anyMatch(other.nouns()::contains);
    }

    long sharedNouns(Count other) {
        return nouns.stream().filter(other.nouns()::contains).count();
    }

    /** The counts of a text: each run of figure words with the nouns after it; a year counts nothing. */
    static List<Count> in(List<Token> tokens) {
        List<Count> counts = new ArrayList<>();
        int end = 0;
        for (int start = 0; start < tokens.size(); start = Math.max(start + 1, end)) {
            end = start;
            // "two 17th-century paintings": a figure joined to its noun by a hyphen is a count of its own, of that
            // noun, and the figure before it counts the paintings
            while (end < tokens.size() && isFigure(tokens.get(end))
                    && !(end > start && tokens.get(end).text().matches(".*\\d.*-\\p{L}.*"))) {
                end++;
            }
            if (end > start) {
                at(tokens, start, end).ifPresent(counts::add);
            }
        }
        return counts;
    }

    /** The count the figure words from {@code start} to {@code end} give, if they count a noun. */
    private static Optional<Count> at(List<Token> tokens, int start, int end) {
        StringBuilder written = new StringBuilder();
        tokens.subList(start, end).forEach(token -> written.append(written.length() > 0 ? " " : "").append(token.text()));
        Set<String> nouns = new HashSet<>();
        // "a five-year contract": the figure counts the noun after its hyphen too
        int after = end < tokens.size() && tokens.get(end).text().equals("-") ? end + 1 : end;
        for (int j = after; j < tokens.size() && tokens.get(j).is("ADJ", "NOUN", "PROPN"); j++) {
            if (tokens.get(j).is("NOUN")) {
                nouns.add(tokens.get(j).stem());
            }
        }
        List<Figures.Figure> figures = Figures.in(written.toString());
        Integer ordinal = Grammar.ORDINALS.get(written.toString().toLowerCase(Locale.ROOT));
        BigDecimal value = ordinal != null ? BigDecimal.valueOf(ordinal)
                : figures.isEmpty() ? null : figures.get(0).value();
        // "a January 18 game": a figure right after a month's name is the day of a date, and counts nothing
        boolean day = start > 0 && Grammar.MONTHS.contains(tokens.get(start - 1).lower()) && tokens.get(start - 1).is("PROPN");
        boolean counts = !nouns.isEmpty() && value != null && !day && !written.toString().matches("(19|20)\\d\\d");
        return counts ? Optional.of(new Count(value, nouns, written.toString())) : Optional.empty();
    }

    private static boolean isFigure(Token token) {
        return !Figures.in(token.text()).isEmpty() || token.is("NUM") && NumberWords.scale(token.lower()) != null
                || Grammar.ORDINALS.containsKey(token.lower());
    }
}
