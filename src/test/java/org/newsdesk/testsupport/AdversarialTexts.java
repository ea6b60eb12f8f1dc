package org.newsdesk.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Article texts built to make a backtracking pattern take quadratic time or worse: long runs of one
 * character (spaces, newlines, dashes, quote marks, parentheses, full stops), repeated wire-copy
 * openings ("By ", "Reporting by "), and a megabyte on one line. Each is under the knowledge folder's
 * size limit, so a real folder may hold any of them.
 */
public final class AdversarialTexts {

    /** Just under the knowledge folder's limit of 1,000,000 bytes. */
    private static final int BYTES = 990_000;

    private AdversarialTexts() {
    }

    /** Each text by a name saying what it holds. */
    public static Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        String lead = "Officials met in the capital on Monday. ";
        texts.put("200,000 spaces inside", lead + " ".repeat(200_000) + "They agreed to talk again.");
        texts.put("spaces to the end", lead + fill(" "));
        texts.put("50,000 newlines inside", lead + "\n".repeat(50_000) + "They agreed to talk again.");
        texts.put("newlines to the end", lead + fill("\n"));
        texts.put("blank lines of spaces", lead + fill("\n \t \n"));
        texts.put("a headline then spaces", "Talks resume\n\n" + fill(" ") + "x");
        texts.put("dashes", lead + fill("-"));
        texts.put("dashes then an agency", lead + fill("- ") + "AFP");
        texts.put("en dashes", lead + fill("–"));
        texts.put("em dashes and spaces", lead + fill("— "));
        texts.put("straight quote marks", lead + fill("\""));
        texts.put("curly quote marks", lead + fill("“"));
        texts.put("quote marks and full stops", lead + fill("\". "));
        texts.put("apostrophes", lead + fill("'"));
        texts.put("open parentheses", lead + fill("("));
        texts.put("parentheses", lead + fill("()"));
        texts.put("nested parentheses", lead + fill("(", BYTES / 2) + fill(")", BYTES / 2));
        texts.put("By repeated", fill("By "));
        texts.put("By and repeated", "By Jane Doe" + fill(" and Jane Doe"));
        texts.put("Reporting by repeated", lead + "(" + fill("Reporting by Jane Doe; "));
        texts.put("a megabyte of words on one line", fill("word "));
        texts.put("a megabyte of short sentences on one line", fill("A. "));
        texts.put("an unclosed quotation of short sentences", "“" + fill("Yes. "));
        texts.put("full stops", lead + fill("."));
        texts.put("exclamation marks", lead + fill("!"));
        texts.put("full stops with spaces", lead + fill(". "));
        texts.put("one long word", fill("a") + "-. Next.");
        texts.put("dotted letters", fill("a.") + " Next.");
        texts.put("capitals", fill("A"));
        texts.put("capitals and spaces", fill("A "));
        texts.put("a dateline place then commas", "GENEVA" + fill(", "));
        texts.put("a dateline place then spaces", "GENEVA" + fill(" "));
        texts.put("date words", fill("date "));
        texts.put("month names", lead + fill("in March 3, "));
        texts.put("capitalised names", lead + fill("The Big Red "));
        // every sentence full of people, pronouns and descriptions: the work of finding an article's people
        texts.put("people, pronouns and descriptions", lead + fill("Said Ann Lee, the 40-year-old she met in Bo Ek, "));
        // thousands of different people, each brought in once, between sentences about teams: each name is weighed
        // against the people found, which must not take time in the number of them
        texts.put("thousands of different people", lead + distinctPeople());
        texts.put("copyright signs", lead + fill("© "));
        texts.put("semicolons", lead + fill("; "));
        texts.put("front matter never closed", "---\n" + fill("a"));
        texts.put("front matter of dashes", "---\n" + fill("---x\n"));
        texts.put("a byline then spaces", "By Jane Doe" + fill(" "));
        texts.put("sign-off credits then spaces", lead + "(Reporting by Jane Doe" + fill(" ") + ")");
        for (Map.Entry<String, String> text : texts.entrySet()) {
            int bytes = text.getValue().getBytes(StandardCharsets.UTF_8).length;
            if (bytes >= 1_000_000) {
                throw new IllegalStateException(text.getKey() + " is " + bytes + " bytes, over the folder's limit");
            }
        }
        return texts;
    }

    /** "It fell, said Aab Cdb. The Zq Wv team lost. Their coach left." with a new name each time, to about {@link #BYTES}. */
    private static String distinctPeople() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < BYTES - 200; i++) {
            text.append("It fell, said A").append(letters(i)).append(" C").append(letters(i * 7 + 3))
                    .append(". The Zq Wv team lost. Their coach left. ");
        }
        return text.toString();
    }

    /** A number written in lower-case letters: 0 "a", 25 "z", 26 "ba". */
    private static String letters(int number) {
        StringBuilder word = new StringBuilder();
        int rest = number;
        do {
            word.insert(0, (char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.toString();
    }

    /** {@code unit} repeated to about {@link #BYTES} bytes. */
    private static String fill(String unit) {
        return fill(unit, BYTES - 100);
    }

    private static String fill(String unit, int bytes) {
        return unit.repeat(Math.max(1, bytes / unit.getBytes(StandardCharsets.UTF_8).length));
    }
}
