package org.newsdesk.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The national capitals with the names of their countries ({@code /text/capitals.txt}, derived from WordNet
 * 3.1 by {@code WordNetTables} in the test tree, and {@code /text/capitals-since-wordnet.txt}, the few names
 * that changed after it, such as "Kyiv"). The answerer knows by them that "Moscow said" names no person; the
 * claim check, that Moscow stands for Russia.
 */
public final class Countries {

    private static final List<String> TABLES = List.of("/text/capitals.txt", "/text/capitals-since-wordnet.txt");
    private static final List<List<String>> GROUPS = load();
    private static final Set<String> NAMES = GROUPS.stream().flatMap(List::stream)
            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());

    /** The names of the capitals, as written: those before the ";" of each line ("Kyiv", "Kiev"). */
    private static final Set<String> CAPITALS = TABLES.stream().flatMap(table -> WordTable.lines(table).stream())
            .flatMap(line -> Arrays.stream(line.split(";")[0].split("\\s*,\\s*"))).map(String::strip)
            .collect(Collectors.toUnmodifiableSet());

    private Countries() {
    }

    /** Each capital with its country, every name of both: "Ankara", "Angora", "Turkey", "Republic of Turkey". */
    public static List<List<String>> capitalsWithTheirCountries() {
        return GROUPS;
    }

    /** Whether a name, as written, is that of a national capital: "Colombo", not "Sri Lanka". */
    public static boolean isCapital(String name) {
        return CAPITALS.contains(name);
    }

    /** Whether a name, in any case, is that of a country or a national capital. */
    public static boolean isCountryOrCapital(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static List<List<String>> load() {
        return TABLES.stream().flatMap(table -> WordTable.lines(table).stream())
                .map(line -> List.of(line.split("\\s*[;,]\\s*"))).toList();
    }
}
