package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up wire stories for measuring scale, and questions about them with the phrase a right answer
 * quotes. Deterministic: article {@code n} and question {@code n} are the same on every run, so the
 * embedding cache and the figures are comparable between runs. Each story is a headline, a dateline
 * and twelve sentences, two of which do not name their subject (as real copy does).
 */
final class SyntheticNews {

    /** One generated article: its file name and text. */
    record Story(String fileName, String text) {
    }

    /**
     * A question about one story, or about nothing in any story.
     *
     * @param expect a phrase the answer must quote; empty when no article answers the question
     */
    record Probe(String text, String expect) {
        boolean answerable() {
            return !expect.isEmpty();
        }
    }

    private static final String[] FIRST = {"Anna", "Marek", "Sofia", "Daniel", "Leila", "Tomas", "Irena", "Pavel",
        "Clara", "Jonas", "Elena", "Viktor", "Maria", "Andrei", "Nadia", "Lukas", "Olga", "Stefan", "Zofia", "Milan",
        "Greta", "Henrik", "Ines", "Karel", "Lena", "Matteo", "Nora", "Oskar", "Petra", "Rafael"};
    private static final boolean[] FEMALE = {true, false, true, false, true, false, true, false, true, false, true,
        false, true, false, true, false, true, false, true, false, true, false, true, false, true, false, true, false,
        true, false};
    private static final String[] LAST = {"Kovac", "Lindqvist", "Moreau", "Novak", "Petrenko", "Silva", "Horvath",
        "Jensen", "Kowalski", "Marin", "Olsen", "Popescu", "Rossi", "Schmidt", "Varga", "Weber", "Yilmaz", "Zeller",
        "Dumont", "Ferreira", "Gallo", "Hansen", "Ivanova", "Keller", "Lambert", "Meyer", "Nilsen", "Orlov", "Quint",
        "Rahman", "Sato", "Tanaka", "Ulrich", "Vidal", "Wagner", "Zoric", "Bauer", "Costa", "Engel", "Fischer"};
    private static final String[] CITIES = {"Lyon", "Gdansk", "Porto", "Tampere", "Brno", "Graz", "Cluj", "Varna",
        "Split", "Aarhus", "Bergen", "Ghent", "Utrecht", "Bilbao", "Turin", "Malmo", "Poznan", "Kosice", "Tartu",
        "Kaunas", "Ljubljana", "Debrecen", "Plovdiv", "Galway", "Cork", "Leeds", "Nantes", "Basel", "Linz", "Bari"};
    private static final String[] ORG_WORDS = {"Northgate", "Bluewater", "Stonebridge", "Redfield", "Silverline",
        "Eastwind", "Harbourview", "Greenhill", "Ironwood", "Lakeside", "Brightpath", "Oakmont", "Clearwater",
        "Highland", "Riverside", "Sunridge", "Westbrook", "Fairmont", "Goldcrest", "Pinecrest"};
    private static final String[] SECTORS = {"Energy", "Transit", "Health", "Water", "Housing", "Logistics",
        "Telecom", "Foods", "Steel", "Rail"};
    private static final String[] ROLES = {"chief executive", "chair", "managing director", "founder",
        "president", "director general"};
    private static final String[][] PROJECTS = {
        {"build", "charging stations"}, {"open", "clinics"}, {"renovate", "schools"}, {"install", "wind turbines"},
        {"hire", "nurses"}, {"buy", "electric buses"}, {"build", "affordable homes"}, {"restore", "bridges"},
        {"plant", "trees"}, {"open", "training centres"}, {"lay", "kilometres of cycle track"},
        {"repair", "water mains"}};
    private static final String[] PARTNERS = {"the regional council", "the transport ministry",
        "a group of local banks", "the European Investment Bank", "the city's main trade union",
        "a consortium of insurers"};
    private static final String[] ISSUES = {"rising interest rates", "a shortage of skilled workers",
        "the cost of land", "delays in planning permission", "the price of steel", "noise from construction"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    private static final String[] PARTIES = {"Green Party", "Liberal Alliance", "Social Democrats", "Civic Union"};
    private static final String[] ALTERNATIVES = {"public transport", "hospitals", "pensions", "flood defences"};
    private static final String[] WIRES = {"Reuters", "AP", "AFP"};
    private static final String[] STRANGERS = {"Bartholomew Quigley", "Ottoline Featherstone", "Ignatius Wormald",
        "Perpetua Higginbottom", "Cornelius Blackwood", "Araminta Fairweather"};
    private static final String[] STRANGE_TOPICS = {"the lunar mining treaty", "the chess world final",
        "the price of saffron", "the polar research station", "the opera festival in Verona",
        "the new submarine cable"};
    private static final int QUESTION_KINDS = 8;

    private SyntheticNews() {
    }

    /** The file name of story {@code n}, ordered by number. */
    static String fileName(int n) {
        return String.format("2025-01-%02d-synthetic-%05d.txt", 1 + n % 28, n);
    }

    static Story story(int n) {
        Facts f = Facts.of(n);
        String pronoun = f.female ? "She" : "He";
        List<String> sentences = List.of(
                f.name + ", the " + f.role + " of " + f.org + ", announced on " + f.day + " that the company would "
                        + f.verb + " " + f.count + " " + f.things + " in " + f.city + ".",
                f.org + "'s plan, worth " + f.money + " million euros, is due to start in " + f.start
                        + " and to run for " + f.years + " years.",
                pronoun + " said the decision followed " + f.talks + " months of talks with " + f.partner + ".",
                capitalized(f.partner) + " welcomed the move but warned that " + f.issue + " remained a concern.",
                "Local officials estimate that " + f.residents + " residents of " + f.city + " will be affected by the "
                        + f.org + " project.",
                "The " + f.age + "-year-old has led " + f.org + " since " + f.since + ".",
                "Critics including " + f.critic + " of the " + f.party + " argued that the money " + f.org
                        + " is spending in " + f.city + " should go to " + f.alternative + " instead.",
                "A similar project in " + f.otherCity + " was abandoned in " + f.abandoned
                        + " after its costs doubled.",
                f.org + " shares rose " + f.percent + " percent in " + f.city + " trading after the announcement.",
                f.org + " expects the first " + f.things + " in " + f.city + " to be ready by " + f.ready + ".",
                "A spokesperson for " + f.partner + " declined to comment on the timetable.",
                f.name + " is due to present the details to the " + f.city + " city council on " + f.presentDay + ".");
        String headline = f.org + " to " + f.verb + " " + f.count + " " + f.things + " in " + f.city;
        String body = f.city.toUpperCase(java.util.Locale.ROOT) + " (" + f.wire + ") - " + String.join(" ", sentences);
        return new Story(fileName(n), headline + "\n\n" + body + "\n");
    }

    /**
     * Question {@code n} about the first {@code stories} stories: every fifth one asks about something
     * no story covers; the others cycle through eight kinds of question, each set of eight about another
     * story, so the first {@code 8 × stories} texts are all different.
     */
    static Probe probe(int n, int stories) {
        if (n % 5 == 4) {
            return new Probe("What did " + STRANGERS[n % STRANGERS.length] + " say about "
                    + STRANGE_TOPICS[(n / STRANGERS.length) % STRANGE_TOPICS.length] + " in week " + (n / 5) + "?", "");
        }
        int asked = n - n / 5;
        int story = Math.floorMod(asked / QUESTION_KINDS * 7919, stories);
        Facts f = Facts.of(story);
        return switch (asked % QUESTION_KINDS) {
            case 0 -> new Probe("How many " + f.things + " will " + f.org + " " + f.verb + " in " + f.city + "?",
                    f.count + " " + f.things);
            case 1 -> new Probe("How much is the " + f.org + " plan in " + f.city + " worth?", f.money + " million");
            case 2 -> new Probe("How long did " + f.name + " say the talks with " + f.partner + " lasted?",
                    f.talks + " months");
            case 3 -> new Probe("How many people in " + f.city + " will the " + f.org + " project affect?",
                    f.residents + " residents");
            case 4 -> new Probe("How old is " + f.name + ", who runs " + f.org + " in " + f.city + "?",
                    f.age + "-year-old");
            case 5 -> new Probe("Who criticised the " + f.org + " project in " + f.city + "?", f.critic);
            case 6 -> new Probe("When will the first " + f.things + " of " + f.org + " in " + f.city + " be ready?",
                    "by " + f.ready);
            default -> new Probe("By how much did " + f.org + " shares rise after the " + f.city + " announcement?",
                    f.percent + " percent");
        };
    }

    /** Questions {@code from} (inclusive) to {@code to} (exclusive). */
    static List<Probe> probes(int from, int to, int stories) {
        List<Probe> probes = new ArrayList<>(to - from);
        for (int n = from; n < to; n++) {
            probes.add(probe(n, stories));
        }
        return probes;
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What story {@code n} reports, drawn from a generator seeded with {@code n}. */
    private record Facts(String name, boolean female, String role, String org, String day, String verb, int count,
                         String things, String city, int money, String start, int years, int talks, String partner,
                         String issue, int residents, int age, int since, String critic, String party,
                         String alternative, String otherCity, int abandoned, String percent, String ready,
                         String presentDay, String wire) {

        static Facts of(int n) {
            Random random = new Random(0x5EED_0000L + n);
            int first = random.nextInt(FIRST.length);
            String[] project = PROJECTS[random.nextInt(PROJECTS.length)];
            String city = pick(random, CITIES);
            String otherCity = pick(random, CITIES);
            if (otherCity.equals(city)) {
                otherCity = CITIES[(java.util.Arrays.asList(CITIES).indexOf(city) + 1) % CITIES.length];
            }
            String org = pick(random, ORG_WORDS) + " " + pick(random, SECTORS);
            return new Facts(FIRST[first] + " " + pick(random, LAST), FEMALE[first], pick(random, ROLES), org,
                    pick(random, DAYS), project[0], 10 + random.nextInt(990), project[1], city,
                    5 + random.nextInt(995), pick(random, MONTHS), 2 + random.nextInt(9), 2 + random.nextInt(22),
                    pick(random, PARTNERS), pick(random, ISSUES), 1_000 + random.nextInt(99_000),
                    38 + random.nextInt(30), 2001 + random.nextInt(23),
                    pick(random, FIRST) + " " + pick(random, LAST), pick(random, PARTIES),
                    pick(random, ALTERNATIVES), otherCity, 2005 + random.nextInt(19),
                    (1 + random.nextInt(14)) + "." + random.nextInt(10), pick(random, MONTHS) + " " + (2026 + n % 3),
                    pick(random, DAYS), pick(random, WIRES));
        }

        private static String pick(Random random, String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
