package org.newsdesk.knowledge;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of the site or programme that web copy prints above its headline: {@code Pacific Coast 9 News},
 * {@code NHK WORLD-JAPAN | Japan}, {@code RTÉ News | Environment}. It is read as the publisher only where a
 * headline follows it, and only when it reads as a name rather than a short headline: a section after a bar,
 * or at most {@link #MAX_WORDS} words, each starting with a capital or a digit. Otherwise it is the headline.
 *
 * @param end  where its line ends
 * @param name the name, without the section after the bar
 */
record Masthead(int end, String name) {

    /** "Pacific Coast 9 News" is a name; "Fire guts grain warehouse in Gdansk port" is a headline. */
    static final int MAX_WORDS = 4;

    private static final Pattern SECTION_BAR = Pattern.compile("[ \\t]+\\|[ \\t]+");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’-]*");

    /** The masthead on the line at {@code start}, if it is one and a headline follows it. */
    static Optional<Masthead> at(String body, int start) {
        Optional<Headline> line = Headline.at(body, start);
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int next = TextWindows.skipWhitespace(body, line.get().end(), body.length());
        if (Headline.at(body, next).isEmpty()) {
            return Optional.empty();
        }
        String text = line.get().text(body);
        String[] parts = SECTION_BAR.split(text, 2);
        String name = parts[0].strip();
        boolean named = parts.length == 2 || namesRatherThanTells(name);
        return named && !name.isEmpty() ? Optional.of(new Masthead(line.get().end(), name)) : Optional.empty();
    }

    private static boolean namesRatherThanTells(String line) {
        String[] words = line.split("[ \\t]+");
        if (words.length > MAX_WORDS) {
            return false;
        }
        for (String word : words) {
            if (!NAME_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return true;
    }
}
