package org.newsdesk.language;

import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The language a question is written in, among the {@link Language}s Newsdesk recognises, told by
 * Lingua's n-gram models; English when it cannot tell (no letters, or nothing recognisable).
 * <p>
 * Lingua runs in its low-accuracy mode (trigram models only) over our languages, loaded on the
 * first question: on the labelled short questions of the test tree it is right on 151 of 160 with the
 * names left out (below), at 17 MB of heap and 0.45 s to load. The high-accuracy mode was right on 157
 * but holds about 200 MB more heap once a few languages have been seen, and takes 2.8 s to load: more
 * than the whole bot's idle memory target allows (measured side by side, one JVM per mode).
 * <p>
 * Names say little about the sentence around them ("Melania Trump" made English and German questions
 * look Polish), so before detection a Latin-script question loses its capitalised words after the
 * first (a single letter is no name: "How do I reset..." would lose its English "I"), and a Cyrillic
 * one its Latin-script words (names quoted in their own spelling). A short question taken for another
 * Latin-script language gets a second opinion from its function words ({@link FunctionWords}).
 */
public final class LanguageDetector {

    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");
    private static final Map<com.github.pemistahl.lingua.api.Language, Language> OURS = Map.ofEntries(
            Map.entry(com.github.pemistahl.lingua.api.Language.ENGLISH, Language.ENGLISH),
            Map.entry(com.github.pemistahl.lingua.api.Language.UKRAINIAN, Language.UKRAINIAN),
            Map.entry(com.github.pemistahl.lingua.api.Language.RUSSIAN, Language.RUSSIAN),
            Map.entry(com.github.pemistahl.lingua.api.Language.GERMAN, Language.GERMAN),
            Map.entry(com.github.pemistahl.lingua.api.Language.SPANISH, Language.SPANISH),
            Map.entry(com.github.pemistahl.lingua.api.Language.FRENCH, Language.FRENCH),
            Map.entry(com.github.pemistahl.lingua.api.Language.POLISH, Language.POLISH),
            Map.entry(com.github.pemistahl.lingua.api.Language.ITALIAN, Language.ITALIAN),
            Map.entry(com.github.pemistahl.lingua.api.Language.PORTUGUESE, Language.PORTUGUESE),
            Map.entry(com.github.pemistahl.lingua.api.Language.DUTCH, Language.DUTCH),
            Map.entry(com.github.pemistahl.lingua.api.Language.CZECH, Language.CZECH));

    /**
     * Languages added after the rules below were set, taken only with function words of their own, and no fewer than
     * the likeliest of the others has (the French "le", "la" and "de" are Italian's too), else that other: Lingua's trigrams read "Is the Tallinn tram report recent?" as Portuguese and "Qu'a écrit Melania
     * Trump à Poutine ?" as Italian, and an English reader must never be told to ask in English.
     */
    private static final Set<Language> NEEDS_A_FUNCTION_WORD = EnumSet.of(Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH,
            Language.CZECH);

    private LanguageDetector() {
    }

    public static Language of(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Language.ENGLISH;
        }
        String evidence = withoutNames(text);
        Optional<Language> byLetters = ownLettersIn(evidence);
        if (byLetters.isPresent()) {
            return byLetters.get();
        }
        Language detected = OURS.getOrDefault(Lingua.DETECTOR.detectLanguageOf(evidence), Language.ENGLISH);
        if (NEEDS_A_FUNCTION_WORD.contains(detected)) {
            Language other = likeliestOfTheOthers(evidence);
            long own = FunctionWords.countOwn(evidence, detected);
            detected = own == 0 || FunctionWords.countOwn(evidence, other) > own ? other : detected;
        }
        boolean latin = detected != Language.UKRAINIAN && detected != Language.RUSSIAN;
        return latin && detected != Language.ENGLISH && readsAsEnglish(evidence, detected) ? Language.ENGLISH : detected;
    }

    /**
     * Letters that, of the languages read here, only one writes: Lingua's fast models took "Na co zmarła Edith Lauber?"
     * for English, though no English word has an "ł". Only in words not capitalised: names keep their letters in an
     * English question ("Poznań", "Łódź", "Muñoz"), and so do French words English borrows ("façade", "naïve"), which is
     * why French has none here.
     */
    private static final Map<Language, Pattern> OWN_LETTERS = Map.of(
            Language.POLISH, Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]*[ąęłśźżćń]"),
            Language.GERMAN, Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]*ß"),
            Language.SPANISH, Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]*ñ|[¿¡]"),
            Language.PORTUGUESE, Pattern.compile("(?<![\\p{L}])\\p{Ll}[\\p{L}]*[ãõ]"),
            // Czech's háčeks and ring, also at a word's start ("Co řekl starosta?" was taken for Polish)
            Language.CZECH, Pattern.compile("(?<![\\p{L}])(?=\\p{Ll})\\p{L}*[čďěňřšťůž]"),
            // "Скільки людей постраждало в Ебецу, за даними Kyodo?" was taken for Russian: Russian writes no і, ї, є or ґ
            // (the question's first word too: "Скільки …" opens with a capital)
            Language.UKRAINIAN, Pattern.compile("(?:^\\P{L}*\\p{L}|(?<![\\p{L}])\\p{Ll})[\\p{L}]*[іїєґ]"),
            Language.RUSSIAN, Pattern.compile("(?:^\\P{L}*\\p{L}|(?<![\\p{L}])\\p{Ll})[\\p{L}]*[ыэъё]"));

    /** The one language whose own letters the text's uncapitalised words write, if exactly one. */
    static Optional<Language> ownLettersIn(String text) {
        List<Language> writing = OWN_LETTERS.entrySet().stream().filter(own -> own.getValue().matcher(text).find())
                .map(Map.Entry::getKey).toList();
        return writing.size() == 1 ? Optional.of(writing.get(0)) : Optional.empty();
    }

    /**
     * Lingua's confidence in English, as a share of its confidence in the language it chose, from which a
     * terse question in plain letters without a function word of that language is English ("Verdict
     * date?", "Storm damage in Portugal?", read as Spanish and French). On the labelled questions of the
     * test tree with five such English ones added, 0.9 takes every English question for English and no
     * other; at 0.8 a Polish one ("Ile lat ma Melania Trump?") became English.
     */
    static final double NEARLY_ENGLISH = 0.9;

    /** Whether a question Lingua gives to another Latin-script language is English after all. */
    private static boolean readsAsEnglish(String evidence, Language detected) {
        if (FunctionWords.readAsEnglish(evidence, detected)) {
            return true;
        }
        boolean plainLetters = evidence.codePoints().filter(Character::isLetter).allMatch(c -> c < 128)
                && evidence.indexOf('¿') < 0 && evidence.indexOf('¡') < 0;
        if (!plainLetters || FunctionWords.hasOwn(evidence, detected)) {
            return false;
        }
        Map<com.github.pemistahl.lingua.api.Language, Double> confidence = Lingua.DETECTOR.computeLanguageConfidenceValues(evidence);
        double chosen = OURS.entrySet().stream().filter(ours -> ours.getValue() == detected)
                .mapToDouble(ours -> confidence.getOrDefault(ours.getKey(), 0.0)).findFirst().orElse(0.0);
        return chosen > 0 && confidence.getOrDefault(com.github.pemistahl.lingua.api.Language.ENGLISH, 0.0) >= NEARLY_ENGLISH * chosen;
    }

    /** The likeliest language for the text but those that need a function word of their own. */
    private static Language likeliestOfTheOthers(String evidence) {
        return Lingua.DETECTOR.computeLanguageConfidenceValues(evidence).keySet().stream()
                .map(language -> OURS.getOrDefault(language, Language.ENGLISH))
                .filter(language -> !NEEDS_A_FUNCTION_WORD.contains(language)).findFirst().orElse(Language.ENGLISH);
    }

    /**
     * Loads the models on a pool thread, so that the first question does not wait for them (0.45 s),
     * for a process that will answer questions: call it while the rest starts.
     */
    public static void loadInBackground() {
        CompletableFuture.runAsync(() -> {
            of("Which languages are loaded?");
            of("Какие языки загружены?");
        });
    }

    static String withoutNames(String text) {
        boolean cyrillic = text.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.CYRILLIC);
        String[] words = WORD_BREAK.split(text.strip());
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String letters = words[i].codePoints().filter(Character::isLetter)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            if (letters.isEmpty()) {
                continue;
            }
            boolean name = cyrillic
                    ? letters.codePoints().allMatch(c -> UnicodeScript.of(c) == UnicodeScript.LATIN)
                    : i > 0 && Character.isUpperCase(letters.codePointAt(0)) && letters.length() > 1;
            if (!name) {
                kept.add(words[i]);
            }
        }
        return kept.isEmpty() ? text : String.join(" ", kept);
    }

    /** Built on first use: a process that never looks at a question's language never loads the models. */
    private static final class Lingua {
        static final com.github.pemistahl.lingua.api.LanguageDetector DETECTOR = LanguageDetectorBuilder
                .fromLanguages(OURS.keySet().toArray(com.github.pemistahl.lingua.api.Language[]::new))
                .withLowAccuracyMode()
                .build();
    }
}
