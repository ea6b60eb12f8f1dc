package org.newsdesk.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdesk.text.PartOfSpeechTagger;
import org.newsdesk.text.PartOfSpeechTagger.Token;

/**
 * The figures a sentence gives, for {@link DrawnFacts}. A figure is a number with the noun it counts ("eight
 * children", "about 1,400 people", "150 prisoners of war") or an amount of money ("£42 million"), never a year
 * or a bare number.
 */
final class FigureFinder {

    /** Nouns a figure may run to after its number: "$3.2 billion chip packaging plant". */
    private static final int MAX_COUNTED_WORDS = 4;

    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "dozens", "hundreds", "thousands", "millions", "million", "billion",
            "thousand", "trillion");
    private static final Pattern DIGITS = Pattern.compile("[£$€¥]?\\d[\\d,.]*(?:%|bn|m)?");
    private static final Pattern CURRENCY = Pattern.compile("[£$€¥].*");
    private static final Pattern SYMBOL = Pattern.compile("[£$€¥]");
    private static final Set<String> PERCENT = Set.of("%", "percent");
    /** Words that may stand before a figure and belong to it: "more than 300 ambulances". */
    private static final Set<String> QUALIFIERS = Set.of("about", "almost", "nearly", "around", "some", "over",
            "roughly", "approximately", "least", "than", "to", "only", "just");

    private FigureFinder() {
    }

    /** Numbers with what they count, or amounts of money, as the sentence words them. */
    static List<String> figures(String sentence) {
        return figures(sentence, PartOfSpeechTagger.shared().tag(sentence));
    }

    static List<String> figures(String sentence, List<Token> tokens) {
        List<String> dates = DateMentions.in(sentence, null).stream().map(DateMentions.Mention::words).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token number = tokens.get(i);
            if (!number(number) || i > 0 && number(tokens.get(i - 1)) || inDate(number, dates)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && number(tokens.get(last + 1))) {
                last++;
            }
            boolean symbolBefore = i > 0 && SYMBOL.matcher(tokens.get(i - 1).text()).matches();
            boolean money = symbolBefore || CURRENCY.matcher(number.text()).matches();
            int first = qualifiedFrom(tokens, symbolBefore ? i - 1 : i);
            boolean percent = last + 1 < tokens.size() && PERCENT.contains(Tokens.lower(tokens.get(last + 1)));
            int counted = number.text().endsWith("%") ? last : percent ? last + 1 : countedNoun(tokens, last);
            if (counted >= 0 || money) {
                found.add(Tokens.span(sentence, tokens, first, counted >= 0 ? counted : last));
            }
        }
        return found;
    }

    /** Where a figure starts: its number, or the qualifiers before it ("more than", "at least", "about"). */
    private static int qualifiedFrom(List<Token> tokens, int number) {
        int first = number;
        while (first > 0 && QUALIFIERS.contains(Tokens.lower(tokens.get(first - 1)))) {
            first--;
        }
        if (first < number && first > 0 && tokens.get(first - 1).is("VERB")) {
            // "handed over 35 ambulances": the word belongs to the verb
            first++;
        }
        String word = first < number ? Tokens.lower(tokens.get(first)) : "";
        if (word.equals("least") || word.equals("than") || word.equals("to")) {
            String before = first > 0 ? Tokens.lower(tokens.get(first - 1)) : "";
            boolean complete = word.equals("least") && before.equals("at") || word.equals("than")
                    && (before.equals("more") || before.equals("fewer") || before.equals("less"))
                    || word.equals("to") && before.equals("up");
            return complete ? first - 1 : number;
        }
        return first;
    }

    /**
     * The last token of what a number counts: a few adjectives and nouns ending on a noun, hyphenated words
     * kept whole ("12 single-use items", "a 200-acre site"), and "of" with its nouns ("14 counts of war
     * crimes"); -1 when no noun follows.
     */
    private static int countedNoun(List<Token> tokens, int last) {
        int noun = -1;
        int i = last + 1;
        for (int taken = 0; i < tokens.size() && taken < MAX_COUNTED_WORDS; i++) {
            Token token = tokens.get(i);
            if (token.text().equals("-") && Tokens.attached(tokens, i) && i + 1 < tokens.size()) {
                continue;
            }
            boolean word = token.text().chars().allMatch(Character::isLetter);
            // the tagger reads some participles before a plural as verbs ("35 armoured ambulances"); a
            // verb before anything else is the clause's own ("the eight included twin girls")
            boolean participle = token.is("VERB") && token.text().endsWith("ed") && Tokens.lowerCase(token)
                    && i + 1 < tokens.size() && tokens.get(i + 1).is("NOUN") && tokens.get(i + 1).text().endsWith("s");
            boolean nominal = token.is("NOUN") && Tokens.lowerCase(token) || token.is("ADJ") || participle;
            if (!word || !nominal) {
                break;
            }
            taken++;
            if (token.is("NOUN")) {
                noun = i;
                if (token.text().endsWith("s")) {
                    // a plural ends what is counted: "the 16 charges prosecutors had sought"
                    i++;
                    break;
                }
            }
        }
        if (noun != i - 1 || i >= tokens.size() || !Tokens.lower(tokens.get(i)).equals("of")) {
            return noun;
        }
        int of = i + 1;
        while (of < tokens.size() && of <= i + 2 && tokens.get(of).is("NOUN") && Tokens.lowerCase(tokens.get(of))) {
            noun = of++;
        }
        return noun;
    }

    private static boolean number(Token token) {
        return DIGITS.matcher(token.text()).matches() || NUMBER_WORDS.contains(Tokens.lower(token));
    }

    /** A year or a date the number is part of: "the 1931 span", "in April 2019". */
    private static boolean inDate(Token number, List<String> dates) {
        Pattern word = Pattern.compile("(?<![\\d,.])" + Pattern.quote(number.text()) + "(?![\\d,.]\\d)");
        return dates.stream().anyMatch(date -> word.matcher(date).find());
    }
}
