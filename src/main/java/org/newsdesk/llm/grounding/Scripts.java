package org.newsdesk.llm.grounding;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** The writing system a text is mostly in: a quotation in another script than its source is a translation. */
final class Scripts {

    private Scripts() {
    }

    static UnicodeScript mostlyIn(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        text.codePoints().filter(Character::isLetter)
                .forEach(letter -> letters.merge(UnicodeScript.of(letter), 1, Integer::sum));
        return letters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(UnicodeScript.COMMON);
    }

    static boolean uses(String text, UnicodeScript script) {
        return text.codePoints().anyMatch(point -> Character.isLetter(point) && UnicodeScript.of(point) == script);
    }
}
