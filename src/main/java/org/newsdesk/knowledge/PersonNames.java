package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People's names as bylines and sign-offs list them: "Jane Doe and John Roe", "JANE DOE, JOHN ROE",
 * "Ann Lee in Moscow". Only called on one short line at a time.
 */
final class PersonNames {

    /** The longest list of names a byline or credit gives, in characters; longer lines are not credits. */
    static final int MAX_LIST_LENGTH = 300;

    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*");
    /** Where a name ends and the place or address after it starts: "Jane Doe in Geneva", "at jdoe@…". */
    private static final Pattern AFTER_NAME = Pattern.compile("\\s(?:in|at|from|on)\\s");
    /**
     * A name and the place after it: "Senna Oosterhuis in Nijmegen", "Jane Doe in New York". Two words at least, so that
     * "Floods in Porto" is no name.
     */
    private static final Pattern FILED_FROM = Pattern.compile(
            "(?<name>\\S+(?:\\s+\\S+){1,4})\\s+in\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}");
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "van", "von", "der",
            "den", "la", "le", "al", "el", "bin", "ibn", "y", "dos", "das", "ter");
    private static final int MAX_WORDS = 5;

    private PersonNames() {
    }

    /**
     * The names of a list where every item is a name, or a name of two words or more and the place it was filed
     * from ("Senna Oosterhuis in Nijmegen", as British papers print bylines), or empty if any item is not one.
     */
    static Optional<List<String>> strict(String list) {
        if (list.length() > MAX_LIST_LENGTH) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String item : SEPARATORS.split(list.strip())) {
            Matcher filedFrom = FILED_FROM.matcher(item.strip());
            Optional<String> name = filedFrom.matches() ? name(filedFrom.group("name")) : name(item);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            names.add(name.get());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
    }

    /** The names in a credit such as "Jane Doe in Geneva and Ann Lee in Moscow", skipping what is not a name. */
    static List<String> lenient(String list) {
        if (list.length() > MAX_LIST_LENGTH) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        boolean afterPlace = false;
        for (String item : SEPARATORS.split(list.strip())) {
            String[] nameAndPlace = AFTER_NAME.split(item, 2);
            // "Karim Benjelloun in Rabat, Morocco": one word after a place is its country, not a name
            boolean country = afterPlace && nameAndPlace.length == 1 && item.strip().split("\\s+").length == 1;
            if (!country) {
                name(nameAndPlace[0]).filter(found -> Agencies.named(found).isEmpty()).ifPresent(names::add);
            }
            afterPlace = nameAndPlace.length == 2;
        }
        return List.copyOf(names);
    }

    /** A name of one to five words, each capitalised (or a particle such as "de"), in title case. */
    static Optional<String> name(String item) {
        String[] words = withoutClosingMarks(item.strip()).split("\\s+");
        if (words.length == 0 || words.length > MAX_WORDS || words[0].isEmpty()) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean particle = i > 0 && i < words.length - 1 && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            if (!particle && !isCapitalisedWord(word)) {
                return Optional.empty();
            }
            // "SAMIRA EL IDRISSI": a particle in capitals is read as the rest of the name is
            boolean asWritten = particle && !word.equals(word.toUpperCase(Locale.ROOT));
            name.append(i == 0 ? "" : " ").append(asWritten ? word : titleCased(word));
        }
        return Optional.of(name.toString());
    }

    /** "JANE" reads "Jane"; mixed case ("McDonald", "O'Neill") is kept as written. */
    static String titleCased(String word) {
        if (!word.equals(word.toUpperCase(Locale.ROOT)) || word.length() <= 2 && word.endsWith(".")) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean startOfPart = true;
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(startOfPart ? Character.toUpperCase(c) : c);
            startOfPart = c == '-' || c == '\'' || c == '’' || c == '.' || c == '/';
        }
        return out.toString();
    }

    /** "Doe)." reads "Doe": the marks that close a credit are not part of the last name. */
    private static String withoutClosingMarks(String item) {
        int end = item.length();
        while (end > 0 && ".)]".indexOf(item.charAt(end - 1)) >= 0) {
            end--;
        }
        return item.substring(0, end);
    }

    private static boolean isCapitalisedWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.') {
                return false;
            }
        }
        return true;
    }
}
