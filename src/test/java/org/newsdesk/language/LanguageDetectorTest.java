package org.newsdesk.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private record Labelled(Language language, String question) {
    }

    @Test
    void should_tell_the_language_of_short_questions() throws IOException {
        // given
        List<Labelled> questions = labelled();
        Map<Language, int[]> perLanguage = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        // when
        for (Labelled question : questions) {
            Language detected = LanguageDetector.of(question.question());
            int[] counts = perLanguage.computeIfAbsent(question.language(), l -> new int[2]);
            counts[1]++;
            if (detected == question.language()) {
                counts[0]++;
            } else {
                misses.add(question.language().tag() + " -> " + detected.tag() + ": " + question.question());
            }
        }
        // then
        int right = perLanguage.values().stream().mapToInt(c -> c[0]).sum();
        System.out.printf("Question language: %d/%d right%n", right, questions.size());
        perLanguage.forEach((language, c) -> System.out.printf("  %s %d/%d%n", language.tag(), c[0], c[1]));
        misses.forEach(miss -> System.out.println("  miss " + miss));
        assertThat(questions).hasSizeGreaterThanOrEqualTo(Language.values().length * 20);
        // measured 151/160 when written (153/160 with the function-word check; 196/209 with Italian and Portuguese,
        // the first seven languages' 160/165 unchanged; 217/231 with Dutch, 21/22, the others unchanged; 238/253 with
        // Czech, 21/22, the others unchanged): a floor a little under it
        assertThat(right).isGreaterThanOrEqualTo(questions.size() * 92 / 100);
        // Italian 20/22 and Portuguese 16/22 when added: Lingua's trigrams give terse Portuguese to Spanish, whose reply
        // still asks for English
        perLanguage.forEach((language, c) -> assertThat(c[0]).as(language.tag())
                .isGreaterThanOrEqualTo(c[1] * (language == Language.PORTUGUESE ? 7 : 8) / 10));
    }

    @Test
    void should_never_take_a_short_english_question_for_another_language() throws IOException {
        // given: Lingua alone read two of these as Spanish and German
        List<String> english = labelled().stream().filter(q -> q.language() == Language.ENGLISH)
                .map(Labelled::question).toList();

        // when
        List<String> misread = english.stream().filter(q -> LanguageDetector.of(q) != Language.ENGLISH).toList();

        // then
        assertThat(misread).isEmpty();
    }

    @Test
    void should_take_terse_english_questions_held_out_from_the_rules_for_english_and_keep_most_others() throws IOException {
        // given: questions written before NEARLY_ENGLISH was set (Lingua alone read two English ones as
        // German and French); the foreign ones typed without accents, as readers often do
        List<Labelled> questions = labelled("/language/short-questions-heldout.tsv");

        // when
        List<Labelled> misread = questions.stream().filter(q -> LanguageDetector.of(q.question()) != q.language()).toList();

        // then: measured once, every English question right and 18 of 20 others ("Ou est le musee?" and
        // "Czy sa ranni?" are taken for English by Lingua itself, not by the rule); the five Dutch ones, added with
        // Dutch and measured once, all right; of the five Czech ones, added with Czech, four ("Kolik domu znicil pozar?",
        // typed without its accents, is not)
        assertThat(misread).noneMatch(q -> q.language() == Language.ENGLISH);
        assertThat(misread).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void should_not_count_a_function_word_english_shares_with_another_language_against_english() {
        // Lingua reads "which outlet covered the fall in shares" as German, and "in" is German too
        assertThat(LanguageDetector.of("Which outlet covered the fall in Vandermeer's shares?")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.of("Wer wurde in Hamburg verhaftet?")).isEqualTo(Language.GERMAN);
    }

    @Test
    void should_keep_foreign_questions_whose_words_are_also_english_function_words() {
        // "was" and "an" are English function words, and German ones too
        assertThat(LanguageDetector.of("Was schrieb sie an den Präsidenten?")).isEqualTo(Language.GERMAN);
        assertThat(LanguageDetector.of("¿Qué dice el alcalde de la ciudad?")).isEqualTo(Language.SPANISH);
    }

    @Test
    void should_take_letters_only_one_language_writes_in_words_that_are_no_names_for_that_language() {
        // Lingua's fast models alone took the Polish question for English
        assertThat(LanguageDetector.of("Na co zmarła Edith Lauber?")).isEqualTo(Language.POLISH);
        assertThat(LanguageDetector.ownLettersIn("wie groß ist sie")).contains(Language.GERMAN);
        assertThat(LanguageDetector.ownLettersIn("¿cuándo?")).contains(Language.SPANISH);
        // Ukrainian and Russian by the letters the other never writes, whatever Latin name stands beside them
        assertThat(LanguageDetector.of("Скільки людей постраждало в Ебецу, за даними Kyodo?")).isEqualTo(Language.UKRAINIAN);
        assertThat(LanguageDetector.of("Сколько людей пострадало в Эбецу, по данным Kyodo?")).isEqualTo(Language.RUSSIAN);
        assertThat(LanguageDetector.of("Что сказал мэр Києва?")).isEqualTo(Language.RUSSIAN);
        // names, and French words English borrows, keep their letters in an English question
        assertThat(LanguageDetector.of("How big is Poznań?")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.of("Is the façade of the museum naïve?")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void should_take_italian_and_portuguese_only_with_function_words_of_their_own_and_no_fewer_than_the_others() {
        assertThat(LanguageDetector.of("Di quanti mesi è stata la condanna di Craig Ashworth?")).isEqualTo(Language.ITALIAN);
        assertThat(LanguageDetector.of("Quantos anos de história tem o clube Fernley Athletic?"))
                .isEqualTo(Language.PORTUGUESE);
        // the French "le", "la" and "de" are Italian function words too; Lingua's trigrams had read this as Italian
        assertThat(LanguageDetector.of("Quel a été le score final de la finale du Solway Shield ?")).isEqualTo(Language.FRENCH);
        // and read this English question as Portuguese
        assertThat(LanguageDetector.of("Is the Tallinn tram report recent?")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void should_take_text_without_letters_as_english() {
        assertThat(LanguageDetector.of("")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.of("2025?")).isEqualTo(Language.ENGLISH);
        assertThat(LanguageDetector.of(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void should_leave_names_out_of_the_evidence() {
        assertThat(LanguageDetector.withoutNames("How old is Melania Trump?")).isEqualTo("How old is");
        assertThat(LanguageDetector.withoutNames("Що Melania Trump написала Путіну?")).isEqualTo("Що написала Путіну?");
        assertThat(LanguageDetector.withoutNames("Trump?")).isEqualTo("Trump?");
    }

    @Test
    void should_keep_the_pronoun_i_as_evidence_of_english() {
        // the pronoun is capitalised, but no name: without it this question read as German
        assertThat(LanguageDetector.withoutNames("How do I reset a forgotten iPhone passcode?"))
                .isEqualTo("How do I reset a forgotten iPhone passcode?");
        assertThat(LanguageDetector.of("How do I reset a forgotten iPhone passcode?")).isEqualTo(Language.ENGLISH);
    }

    private static List<Labelled> labelled() throws IOException {
        return labelled("/language/short-questions.tsv");
    }

    private static List<Labelled> labelled(String resource) throws IOException {
        try (InputStream in = LanguageDetectorTest.class.getResourceAsStream(resource)) {
            List<Labelled> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                rows.add(new Labelled(Language.ofTag(parts[0]).orElseThrow(), parts[1]));
            }
            return rows;
        }
    }
}
