package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The news agencies whose copy names them in its own ways ("(AP)", "The Associated Press",
 * "© Agence France-Presse"), each under the short name it signs with. An agency not listed here is
 * still read from a dateline or sign-off, under the name as written.
 */
public final class Agencies {

    /** Short name, then the other names it goes by. */
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("AP", List.of("Associated Press", "The Associated Press")),
            Map.entry("Reuters", List.of("Thomson Reuters")),
            Map.entry("AFP", List.of("Agence France-Presse", "Agence France Presse")),
            Map.entry("Bloomberg", List.of("Bloomberg News", "Bloomberg L.P.", "Bloomberg LP")),
            Map.entry("dpa", List.of("Deutsche Presse-Agentur")),
            Map.entry("UPI", List.of("United Press International")),
            Map.entry("EFE", List.of("Agencia EFE")),
            Map.entry("ANSA", List.of("Agenzia ANSA")),
            Map.entry("Kyodo", List.of("Kyodo News")),
            Map.entry("Xinhua", List.of("Xinhua News Agency")),
            Map.entry("PA", List.of("PA Media", "Press Association")),
            Map.entry("Yonhap", List.of("Yonhap News Agency")),
            Map.entry("TASS", List.of()),
            Map.entry("Interfax", List.of()),
            Map.entry("Anadolu", List.of("Anadolu Agency")),
            Map.entry("Ukrinform", List.of()),
            // readers know it by its name; "(CP)" is how its older datelines and other papers credit it
            Map.entry("The Canadian Press", List.of("Canadian Press", "CP")),
            Map.entry("AAP", List.of("Australian Associated Press")),
            Map.entry("PTI", List.of("Press Trust of India")),
            Map.entry("IANS", List.of("Indo-Asian News Service")),
            Map.entry("Jiji", List.of("Jiji Press")),
            Map.entry("Bernama", List.of()),
            Map.entry("Antara", List.of()),
            Map.entry("Lusa", List.of()),
            Map.entry("Belga", List.of()),
            Map.entry("CTK", List.of("Czech News Agency")),
            Map.entry("Ritzau", List.of()),
            Map.entry("Notimex", List.of()),
            Map.entry("IRNA", List.of("Islamic Republic News Agency")),
            // national agencies whose undashed datelines ("Kano, March 9, 2025 (NAN) A fire …") only a known name opens
            Map.entry("NAN", List.of("News Agency of Nigeria")),
            Map.entry("GNA", List.of("Ghana News Agency")),
            Map.entry("KNA", List.of("Kenya News Agency")),
            Map.entry("APP", List.of("Associated Press of Pakistan")),
            Map.entry("ANI", List.of("Asian News International")),
            Map.entry("UNI", List.of("United News of India")),
            Map.entry("BSS", List.of("Bangladesh Sangbad Sangstha")),
            Map.entry("PNA", List.of("Philippine News Agency")),
            Map.entry("VNA", List.of("Vietnam News Agency")),
            Map.entry("CNA", List.of("Central News Agency")),
            Map.entry("WAFA", List.of()),
            Map.entry("MENA", List.of("Middle East News Agency")),
            Map.entry("APS", List.of("Algérie Presse Service")),
            Map.entry("MAP", List.of("Maghreb Arabe Presse")),
            Map.entry("TAP", List.of("Tunis Afrique Presse")),
            Map.entry("KUNA", List.of("Kuwait News Agency")),
            Map.entry("WAM", List.of("Emirates News Agency")),
            Map.entry("SPA", List.of("Saudi Press Agency")),
            Map.entry("QNA", List.of("Qatar News Agency")),
            Map.entry("Petra", List.of("Jordan News Agency")),
            Map.entry("SANA", List.of("Syrian Arab News Agency")),
            Map.entry("NNA", List.of("National News Agency")),
            Map.entry("Prensa Latina", List.of()),
            Map.entry("Europa Press", List.of()),
            Map.entry("ANP", List.of("Algemeen Nederlands Persbureau")),
            Map.entry("NTB", List.of("Norsk Telegrambyrå")),
            Map.entry("TT", List.of("Tidningarnas Telegrambyrå")),
            Map.entry("STT", List.of("Suomen Tietotoimisto")),
            Map.entry("PAP", List.of("Polish Press Agency", "Polska Agencja Prasowa")),
            Map.entry("MTI", List.of("Hungarian News Agency")),
            Map.entry("BTA", List.of("Bulgarian News Agency")),
            Map.entry("Agerpres", List.of()),
            Map.entry("HINA", List.of("Croatian News Agency")),
            Map.entry("Tanjug", List.of()),
            Map.entry("Keystone-SDA", List.of("SDA")),
            Map.entry("APA", List.of("Austria Presse Agentur")),
            Map.entry("AGI", List.of("Agenzia Italia")),
            Map.entry("ANA-MPA", List.of("Athens-Macedonian News Agency")),
            Map.entry("UNIAN", List.of()),
            Map.entry("BelTA", List.of()),
            Map.entry("RIA Novosti", List.of()),
            Map.entry("Sputnik", List.of()),
            Map.entry("NZPA", List.of("New Zealand Press Association")),
            Map.entry("KCNA", List.of("Korean Central News Agency")),
            Map.entry("CNS", List.of("China News Service")));

    /** Every name of every agency with its short name, longest first so "Bloomberg News" wins over "Bloomberg". */
    private static final List<Map.Entry<String, String>> ALIASES = aliases();
    /** Each name as a whole word, in the order of {@link #ALIASES}. */
    private static final List<Pattern> AS_WORDS = ALIASES.stream().map(alias -> asWord(alias.getKey())).toList();

    private Agencies() {
    }

    /** The short name of an agency named exactly so (letter case aside, except for acronyms), if known. */
    public static Optional<String> named(String name) {
        String wanted = name.strip();
        for (Map.Entry<String, String> alias : ALIASES) {
            if (sameName(alias.getKey(), wanted)) {
                return Optional.of(alias.getValue());
            }
        }
        return Optional.empty();
    }

    /** The short name of the agency a name denotes: a known one by any of its names, otherwise the name as written. */
    public static String shortName(String name) {
        return named(name).orElse(name.strip());
    }

    /** The first known agency a text names as a whole word, if any ("… writer Jane Doe, Associated Press"). */
    public static Optional<String> mentionedIn(String text) {
        for (int i = 0; i < ALIASES.size(); i++) {
            if (AS_WORDS.get(i).matcher(text).find()) {
                return Optional.of(ALIASES.get(i).getValue());
            }
        }
        return Optional.empty();
    }

    /** Every name of every agency, with its short name. */
    public static List<Map.Entry<String, String>> aliases() {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        NAMES.forEach((brief, others) -> {
            all.add(Map.entry(brief, brief));
            others.forEach(other -> all.add(Map.entry(other, brief)));
        });
        all.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        return List.copyOf(all);
    }

    /** Two-letter names ("AP", "PA", "CP") are words or abbreviations in other cases ("Pa."): match them as written. */
    public static boolean isAcronym(String name) {
        return name.length() <= 2 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    /** A name as a whole word; a literal between look-arounds, so it runs in time linear in the text. */
    public static Pattern asWord(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                isAcronym(name) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean sameName(String alias, String name) {
        return isAcronym(alias) ? alias.equals(name) : alias.equalsIgnoreCase(name);
    }
}
