package org.newsdesk.llm.grounding;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers written as words in English, Ukrainian and Russian, the languages answers come in, with
 * their common inflections. "One" is left out in every language: it is far more often a pronoun or
 * an article ("one of them") than a figure. Forms that are also ordinary words (Russian "семью",
 * family; "сорока", magpie) are left out too.
 */
final class NumberWords {

    /** A word that multiplies the number before it. */
    record Scale(BigDecimal multiplier, boolean vagueAlone) {
    }

    private static final Map<String, Integer> VALUES = new HashMap<>();
    private static final Map<String, Scale> SCALES = new HashMap<>();

    static {
        // "twice" is two times: "scored twice" is "scored two goals"
        values(2, "two два дві двох двом двома двоє две двух двум двумя двое twice двічі дважды");
        values(3, "three три трьох трьом трьома троє трёх трех трём трем тремя трое");
        values(4, "four чотири чотирьох чотирьом чотирма четверо четыре четырёх четырех четырём четырем четырьмя");
        values(5, "five п'ять п'яти п'ятьох п'ятьом п'ятьма п'ятеро пять пяти пятью пятеро");
        values(6, "six шість шести шістьох шістьом шістьма шестеро шесть шестью");
        values(7, "seven сім семи сімох сімом сімома семеро семь");
        values(8, "eight вісім восьми вісьмох вісьмом вісьмома восьмеро восемь восемью восьмью");
        values(9, "nine дев'ять дев'яти дев'ятьох дев'ятьма дев'ятеро девять девяти девятью девятеро");
        values(10, "ten десять десяти десятьох десятьма десятеро десятью");
        values(11, "eleven одинадцять одинадцяти одиннадцать одиннадцати");
        values(12, "twelve дванадцять дванадцяти двенадцать двенадцати");
        values(13, "thirteen тринадцять тринадцяти тринадцать тринадцати");
        values(14, "fourteen чотирнадцять чотирнадцяти четырнадцать четырнадцати");
        values(15, "fifteen п'ятнадцять п'ятнадцяти пятнадцать пятнадцати");
        values(16, "sixteen шістнадцять шістнадцяти шестнадцать шестнадцати");
        values(17, "seventeen сімнадцять сімнадцяти семнадцать семнадцати");
        values(18, "eighteen вісімнадцять вісімнадцяти восемнадцать восемнадцати");
        values(19, "nineteen дев'ятнадцять дев'ятнадцяти девятнадцать девятнадцати");
        values(20, "twenty двадцять двадцяти двадцать двадцати");
        values(30, "thirty тридцять тридцяти тридцать тридцати");
        values(40, "forty сорок");
        values(50, "fifty п'ятдесят п'ятдесяти пятьдесят пятидесяти");
        values(60, "sixty шістдесят шістдесяти шестьдесят шестидесяти");
        values(70, "seventy сімдесят сімдесяти семьдесят семидесяти");
        values(80, "eighty вісімдесят вісімдесяти восемьдесят восьмидесяти");
        values(90, "ninety дев'яносто девяносто");
        values(100, "сто");
        values(200, "двісті двести");
        values(300, "триста");
        values(400, "чотириста четыреста");
        values(500, "п'ятсот пятьсот");
        values(600, "шістсот шестьсот");
        values(700, "сімсот семьсот");
        values(800, "вісімсот восемьсот");
        values(900, "дев'ятсот девятьсот");
        // "three tenths of a point" is 0.3 of one: a fraction only after a number, since "the tenth eruption" and
        // "a hundredth of a second" count no figure the check could compare
        fractions(new BigDecimal("0.1"), "tenth tenths");
        fractions(new BigDecimal("0.01"), "hundredth hundredths");
        // "within a decade" is within ten years, "two decades" twenty
        scales(10, "decade", "decades");
        scales(100, "hundred", "hundreds");
        scales(1_000, "thousand тисяча тысяча", "thousands тисячі тисяч тис тысячи тысяч тыс k");
        scales(1_000_000, "million мільйон миллион", "millions мільйона мільйони мільйонів млн миллиона миллионы миллионов");
        scales(1_000_000_000, "billion мільярд миллиард",
                "billions мільярда мільярди мільярдів млрд миллиарда миллиарды миллиардов bn");
    }

    private NumberWords() {
    }

    /** The value of a number word, or null; {@code word} is lower case with straight apostrophes. */
    static Integer value(String word) {
        return VALUES.get(word);
    }

    /** The scale a word names, or null. */
    static Scale scale(String word) {
        return SCALES.get(word);
    }

    private static void values(int value, String words) {
        for (String word : words.split(" ")) {
            VALUES.put(word, value);
        }
    }

    /** A denominator: it divides the number before it, and is no figure alone. */
    private static void fractions(BigDecimal multiplier, String words) {
        for (String word : words.split(" ")) {
            SCALES.put(word, new Scale(multiplier, true));
        }
    }

    /** Plural and inflected forms are vague on their own ("thousands of people"), exact after a number. */
    private static void scales(long multiplier, String singular, String plural) {
        for (String word : singular.split(" ")) {
            SCALES.put(word, new Scale(BigDecimal.valueOf(multiplier), false));
        }
        for (String word : plural.split(" ")) {
            SCALES.put(word, new Scale(BigDecimal.valueOf(multiplier), true));
        }
    }
}
