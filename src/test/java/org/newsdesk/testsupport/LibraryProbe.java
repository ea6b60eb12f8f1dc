package org.newsdesk.testsupport;

import com.ibm.icu.text.ListFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.language.Language;
import org.newsdesk.language.LanguageDetector;
import org.newsdesk.prompts.Messages;

/**
 * What the libraries the product jar trims do for the product, one line each: the language of every
 * labelled short question (Lingua and fastutil), plural messages with numbers in each language (ICU
 * MessageFormat) and lists of names as each language writes them (ICU ListFormatter). ProductJarIT
 * runs it in its own JVM on the whole libraries and on the jar alone, and compares the two.
 */
public final class LibraryProbe {

    private static final List<Integer> COUNTS = List.of(0, 1, 2, 3, 5, 11, 21, 22, 25, 101, 1_000_000);
    private static final List<String> NAMES = List.of("Jane Doe", "John Roe", "Ann Poe");

    private LibraryProbe() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        report().forEach(out::println);
    }

    public static List<String> report() {
        List<String> lines = new ArrayList<>();
        for (String question : labelledQuestions()) {
            lines.add("language " + LanguageDetector.of(question).tag() + " " + question);
        }
        Messages messages = Messages.bundled();
        for (Language language : Language.values()) {
            Locale locale = language.locale();
            for (int count : COUNTS) {
                lines.add("plural " + language.tag() + " " + messages.text(locale, "age.years", Map.of("count", count))
                        + " | " + messages.text(locale, "answer.too-long", Map.of("limit", count)));
            }
            lines.add("list " + language.tag() + " " + ListFormatter.getInstance(locale).format(NAMES)
                    + " | " + ListFormatter.getInstance(locale).format(NAMES.subList(0, 2))
                    + " | " + ListFormatter.getInstance(locale, ListFormatter.Type.OR, ListFormatter.Width.WIDE).format(NAMES));
        }
        return lines;
    }

    /** The questions of the test tree's labelled set (language/short-questions.tsv), without their labels. */
    private static List<String> labelledQuestions() {
        try (InputStream in = LibraryProbe.class.getResourceAsStream("/language/short-questions.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.substring(line.indexOf('\t') + 1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
