package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.text.Countries;
import org.newsdesk.text.Nationalities;

/**
 * National capitals and their countries, which the news uses for one another ("Moscow said" for the Russian
 * government): {@link Countries}, derived from WordNet 3.1 (each national capital with the names of the
 * country it is part of, and the few names that changed after it: "Kyiv"), with the adjectives of the
 * countries ({@link Nationalities}, from WordNet's pertainyms: "Italian", "Filipino"). A capital and its country, under any of their names, are one group; a text mentions the groups
 * whose names it contains, as written (capitals matter: "Turkey", not "turkey").
 */
final class Capitals {

    /** A name of a capital or country in a text: where it is, and the group it belongs to. */
    record Mention(int start, int end, String text, Set<Integer> groups) {
    }

    private static final Map<String, Set<Integer>> GROUPS_BY_NAME = new HashMap<>();
    private static final Pattern NAME;

    static {
        int group = 0;
        for (List<String> names : Countries.capitalsWithTheirCountries()) {
            int number = group++;
            for (String name : names) {
                GROUPS_BY_NAME.computeIfAbsent(name, key -> new HashSet<>()).add(number);
            }
        }
        // an adjective of a country, and its plural as a noun for its people, belongs to the country's groups
        Nationalities.countriesByAdjective().forEach((adjective, countries) -> {
            Set<Integer> groups = new HashSet<>();
            for (String country : countries) {
                groups.addAll(GROUPS_BY_NAME.getOrDefault(country, Set.of()));
            }
            if (!groups.isEmpty()) {
                GROUPS_BY_NAME.computeIfAbsent(adjective, key -> new HashSet<>()).addAll(groups);
                if (!adjective.matches(".*(?:s|sh|ch|ese|x|z)")) {
                    GROUPS_BY_NAME.computeIfAbsent(adjective + "s", key -> new HashSet<>()).addAll(groups);
                }
            }
        });
        // longest names first, so "United States of America" is one mention, not "United States" and more
        NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + GROUPS_BY_NAME.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
    }

    /** The names of countries, as against those of their capitals. */
    private static final Set<String> COUNTRIES = Nationalities.countriesByAdjective().values().stream()
            .flatMap(List::stream).collect(Collectors.toUnmodifiableSet());

    /** A preposition of place right before a name: "in", "at", "near", "outside". */
    private static final Pattern PLACE_PREPOSITION = Pattern.compile("(?i)\\b(?:in|at|near|outside)\\s+$");

    private Capitals() {
    }

    /** Whether a name is a country's adjective ("Italian") or its plural, for its people ("Italians"). */
    private static boolean isNationality(String name) {
        return Nationalities.isAdjective(name)
                || name.endsWith("s") && Nationalities.isAdjective(name.substring(0, name.length() - 1));
    }

    static List<Mention> in(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matcher name = NAME.matcher(text);
        while (name.find()) {
            mentions.add(new Mention(name.start(), name.end(), name.group(), GROUPS_BY_NAME.get(name.group())));
        }
        return mentions;
    }

    /** The groups a text mentions. */
    static Set<Integer> groupsIn(String text) {
        return groupsOf(in(text));
    }

    private static Set<Integer> groupsOf(List<Mention> mentions) {
        Set<Integer> groups = new HashSet<>();
        mentions.forEach(mention -> groups.addAll(mention.groups()));
        return groups;
    }

    /**
     * The words, in lower case, of the names in a claim that stand for a capital or country the source
     * mentions under another name: "Italy" in a claim whose source says "Rome".
     */
    static Set<String> standInWords(String claim, String source) {
        List<Mention> sourceMentions = in(source);
        Set<Integer> sourceGroups = groupsOf(sourceMentions);
        // "at Helsinki airport" for "the Finnish airline ... at Riga airport": a capital names a place, which an
        // adjective of its country does not give; only a name of the country or the capital does
        Set<Integer> namedGroups = groupsOf(sourceMentions.stream().filter(mention -> !isNationality(mention.text())).toList());
        // "in Colombo" for "in Galle, Sri Lanka": a capital after a preposition of place says where, which only a
        // name of the capital gives; the country's name does not say which of its towns
        Set<Integer> capitalGroups = groupsOf(sourceMentions.stream().filter(mention -> Countries.isCapital(mention.text())).toList());
        Set<String> words = new HashSet<>();
        for (Mention mention : in(claim)) {
            boolean country = COUNTRIES.contains(mention.text()) || isNationality(mention.text());
            boolean place = Countries.isCapital(mention.text()) && PLACE_PREPOSITION.matcher(claim.substring(0, mention.start())).find();
            Set<Integer> given = country ? sourceGroups : place ? capitalGroups : namedGroups;
            if (mention.groups().stream().anyMatch(given::contains)) {
                for (String word : mention.text().split("[^\\p{L}\\p{N}]+")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }
}
