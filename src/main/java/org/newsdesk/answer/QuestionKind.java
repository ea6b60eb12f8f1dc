package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.knowledge.Agencies;
import org.newsdesk.knowledge.MonthNames;
import org.newsdesk.text.Countries;
import org.newsdesk.text.Nationalities;
import org.newsdesk.text.WordForms;

/**
 * What sort of thing a question asks for, read from its wording, and whether a sentence offers
 * something of that sort beyond the question's own words: a sum of money for "how much did it cost", a
 * measure for "how tall", an age for "how old", a count for "how many", a date for "when", a capitalised
 * name for "who" or "which company", a place name for "where", a causal clause for "why". A sentence that
 * merely repeats the question's own figure or name does not answer it. Other questions are OTHER, for
 * which nothing is checked. The patterns are general English and news usage, not taken from any article.
 */
enum QuestionKind {
    AGE("^(how old|what age|at what age)\\b",
            "\\b\\d{1,3}-year-old\\b|\\baged?\\s+\\d{1,3}\\b|\\b\\d{1,3}\\s+years?\\s+old\\b|(?<=\\p{L}),\\s\\d{1,3},"
                    // "two sons, aged nine and eleven"; a speaker's own "I am 81"
                    + "|\\baged\\s+(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                    + "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\b"
                    + "|\\bI(?:['’]m| am)\\s+\\d{1,3}\\b(?!\\s*(?:%|per|kilo|km|metres|miles|minutes|hours))"
                    // a feature's "At 79, the retired rancher is the oldest member of the crew"
                    + "|\\b[Aa]t\\s\\d{1,3},\\sthe\\s"
                    // "Ollie Brennan is 17, bowls slow left-arm", "the seamer, who is 44 and has played …", "she
                    // turned 11 in March": a person's name or pronoun, then the number alone
                    // (the number alone is the answer, so that the name before it is next to it)
                    + "|(?<=(?:(?-i:\\b\\p{Lu}\\p{Ll}{1,30})|\\bwho|\\bhe|\\bshe)\\s{1,3}(?:is|was|turned|turns|will\\s{1,3}turn)"
                    + "\\s{1,3})\\d{1,3}"
                    + "(?=[,;]|\\.(?!\\d)|\\s+(?:and|in|on|last|this|next)\\b)"
                    // the age of a thing: "a 4,000-year-old tomb", "roughly 4.5 billion years old"
                    + "|\\b\\d{1,3}(,\\d{3})+[- ]years?[- ]old\\b|\\b\\d[\\d.]*\\s+(thousand|million|billion)[- ]years?[- ]old\\b"
                    + "|\\b(hundreds|thousands|millions|billions) of years old\\b"
                    + "|\\b(younger|older) than \\d|\\bunder (the age of )?\\d{1,2}\\b"
                    // a year tells an age only when it dates a beginning ("born in 1961", "built in 1898"), not
                    // when it dates some other event of the sentence ("began stopping there in 2022")
                    + "|\\b(born|built|founded|opened|established|erected|constructed|completed|dat(es|ed|ing)"
                    + "( back)?( to| from)?)\\s+(in\\s+)?((the\\s+)?(early|late|mid-?)\\s*)?(1[5-9]|20)\\d{2}\\b"
                    // "a century-old bridge", "built two centuries ago"; not "the largest outbreak in decades"
                    + "|\\b(centur(y|ies)|decades?)(-old|\\s+old|\\s+ago)\\b"),
    AMOUNT("^(how much\\b.*\\b(cost|costs|pay|paid|spend|spent|worth|price|charge|charged|fund|funding|budget|"
            + "invest|invested|raise|raised|earn|earned|fine|fined|compensation|sell|sold|buy|bought|money|give|gave|"
            // what news counts in money: "how much damage did the floods cause?"
            + "damages?|loss|losses|lose|lost|debts?|revenues?|profits?|income|salar(y|ies)|wages?|sales|tax(es)?|"
            + "bonus(es)?|pension|rent|subsid(y|ies)|grants?|aid|deficit|bail|insured|insure|insurance|valued|owed?|owes)|"
            + "what (did|does|will|would) .*\\bcost|"
            // "what was the painting's final price?", "what did the house sell for?"
            + "what (is|was|were|are|will be) (the|its|his|her|their) ([\\p{L}'’-]+ ){0,3}?(cost|price|value|budget|"
            + "bill|fine|sum)(?![\\p{L}-])(?! (of (living|the crisis)|for money))|"
            + "what (did|does|do|will|would|could|might) .*\\b(sell|go|fetch) for\\b|"
            // "what is the amber expected to be worth?"
            + "what (is|was|are|were|will|would|could|might) .*\\bworth(?=\\s*\\??$)|"
            // "what one-off bill will the closure bring?", "what salary does she earn?", "what fine did it impose?"
            + "what ([\\p{L}-]+ ){0,2}?(bill|fine|fee|price|salary|wage|budget|sum|penalty|payout|bonus)s? "
            + "(did|does|do|will|would|has|have|had|is|was|are|were|can|could)\\b)\\b",
            Units.MONEY),
    MEASURE("^(how (tall|high|deep|wide|far|big|large|heavy|fast|strong|powerful|hot|cold|warm)|"
            // "how long is the bridge?" asks for a length, "how long are the talks to last?" for a time
            + "how long (is|was|are|were)\\b(?!.*\\b(last|lasts|lasted|take|takes|took|run|runs|ran|continue|"
            + "continues|remain|remains|stay|stays|go on|goes on|closed|shut|open|in (office|power|prison|jail)|"
            + "been|serve|served)\\b)"
            // "how long was the apprentice buried?", "… trapped under the rubble?", "… the start held up?": a state,
            // which lasts a time
            + "(?!.*\\b(\\p{L}+ed|held|kept|stuck|shut|hidden|gone|away|missing|down|out|off|up)\\s*(\\?|$|(in|on|at|under|"
            + "beneath|below|inside|behind|without|for|by|after|before|during|until|there|underground)\\b))"
            + "|what (size|height|depth|length|width|distance|area|capacity|speed|temperature))\\b",
            Units.MEASURES + "|" + Units.HEAD_COUNT),
    /**
     * "How much rain fell?", "How much have missed appointments dropped?": a quantity with its measure (a unit,
     * a share, a fraction, a sum of money) answers it; a count of people or things does not ("Nineteen people
     * are still missing" for "how much rain fell?").
     */
    MASS("^how much\\b(?! (longer|more|later|earlier|sooner|time)\\b)",
            Units.MEASURES + "|" + Units.MONEY + "|\\b(litres?|liters?|gallons?|barrels?|cubic)\\b"
                    + "|\\b(half|a third|two[- ]thirds|a quarter|three[- ]quarters|a fifth|a tenth|doubled|tripled)\\b"),
    /** A count of anything: not an age ("a 64-year-old shepherd" holds no count of his sheep). */
    QUANTITY("^(how (many|much)|what (number|percentage|share|amount|proportion|total|figure))\\b",
            // a day of the month counts nothing ("on 17 May", "May 17"): the months in capitals, "40 may have died" counts
            "(?<!\\baged? )(?<!(?-i:" + MonthNames.PATTERN + ")\\s)\\b(?!(1[5-9]|20)\\d{2}\\b)\\d[\\d,.]*+(?![- ]years?[- ]old\\b)"
                    + "(?!(?:st|nd|rd|th)?\\s(?-i:" + MonthNames.PATTERN + "))"
                    + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                    + "fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|"
                    + "a third|a quarter|no one|none)\\b(?![- ]years?[- ]old\\b)"),
    /**
     * A span of time answers "how long" and "what prison sentence do they face?": a unit of time, its bounds, or the
     * year it began ("open since 1958"); a bare number (an age, a sum) does not.
     */
    DURATION("^(how long|for how long|how soon|in what (period|time)|what (maximum |possible |likely )?(prison |jail |custodial )?"
            + "(sentences?|terms?) (do|does|did|could|can|will|would|might|may)\\b)\\b",
            "\\b(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(y|ies)|since|until|"
                    + "overnight|life)\\b|\\b(1[5-9]|20)\\d{2}\\b"),
    FREQUENCY("^how often\\b",
            "\\b(rare(ly)?|often|once|twice|daily|weekly|monthly|yearly|annual(ly)?|every|never|always|usually|"
                    + "sometimes|frequent(ly)?|occasional(ly)?|regular(ly)?|repeated(ly)?|times)\\b"),
    /**
     * "At what time …?", "What hour …?": a clock time answers it ("3:00 am", "1140 GMT", "midnight"), or a
     * time taken ("what time did the winner finish in?": "2 hours 21 minutes"); a day or "before dawn" does not.
     */
    CLOCK("^((at|by|from|until) )?what (time|hour)\\b(?! (frame|scale|limit|of (the )?year))|^(at|by) which hour\\b",
            "\\b\\d{1,2}(:\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?|GMT|UTC|CET|local time)|\\b\\d{1,2}[:.]\\d{2}\\b|"
                    + "\\b(midnight|noon|midday)\\b|\\b\\d+\\s*(hours?|minutes?|seconds?|hrs?|mins?|secs?)\\b"),
    /**
     * "In what year …?", "Around which year …?": a year answers it ("around 1770", "in 1883", "last year"); a
     * century, a weekday or a month does not, though each would answer "when".
     */
    YEAR("^((in|from|since|by|until|around|about|circa) )?(what|which) year\\b(?! (frame|scale|limit)\\b)",
            Units.YEARS + "|\\b(last|next|this|that|the following|the previous) year\\b"
                    + "|\\b(a|\\p{L}+) years? (ago|earlier|later)\\b"),
    TIME("^(when|what (time|date|day|month|year)|since when|by when|until when|"
            + "(on|in|from|since|by|until) (what|which) (day|date|year|month))\\b",
            Units.YEARS + "|\\b\\d{1,2}(:\\d{2})?\\s*(a\\.?m\\.?|p\\.?m\\.?|GMT|UTC)|"
                    // a time on the 24-hour clock: "arrive at 09:32", "at 17:52"
                    + "\\b([01]?\\d|2[0-3]):[0-5]\\d\\b|"
                    // "the 4th century"
                    + "\\bcentur(y|ies)\\b|"
                    + "\\b(january|february|march|april|may|june|july|august|september|october|november|december|"
                    + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday|yesterday|today|tomorrow|tonight|weekend|ago|spring|summer|autumn|winter|"
                    + "midnight|noon|dawn|recently|shortly|soon|later|earlier|"
                    + "(last|next|this|that|the following|the previous) (week|month|year|day|morning|evening|night))\\b"),
    PLACE("^(where|from where|to where)\\b", Names.PLACE),
    /**
     * A person asked for by role: "who", or the name of someone not an organisation or a place ("the name
     * of the fisherman"). A name the sentence places something in, at or from is no answer to it.
     */
    PERSON("^(who|whom|whose)\\b|\\b(first |last |full |real |given |sur)?names? of (the |a |an |his |her |their |its |"
            + "this |that |these |those )?(?!([\\p{L}-]+ ){0,2}?" + Names.NOT_PERSONS + ")"
            + "|^(in |at |from |for |by |to |with )?(which|what) ([\\p{L}-]+ ){0,2}?(persons?|people|officials?|ministers?|"
            + "politicians?|leaders?|royals?|singers?|poets?|authors?|writers?|architects?|engineers?)\\b"
            // "what was Eliza's younger brother called?": the name of a person, which no place is
            + "|^what (is|was|are|were) (the |his |her |their |its )?((\\p{L}[\\p{L}-]* ){0,2}[\\p{L}'’-]+['’]s? )?"
            + "([\\p{L}-]+ ){0,2}?(brother|sister|son|"
            + "daughter|wife|husband|father|mother|uncle|aunt|cousin|grandson|granddaughter|grandfather|grandmother|partner|"
            + "widow|widower|nephew|niece|child|baby|boy|girl|man|woman|captain|skipper|pilot|driver|owner|founder|finder)s? "
            + "(called|named)\\s*\\??$", Names.ANY),
    /**
     * An organisation asked for by its kind ("which party proposed the ban?"): a name the sentence places
     * something in, at or from is no answer to it, nor is a nationality.
     */
    // (not "what did insurers estimate …?", "what did the company say?": what they did is asked)
    ORGANISATION("^(in |at |from |for |by |to |with )?(which|what) (?!(did|does|do|is|was|are|were|will|would|has|have|had|"
            + "can|could|should|may|might)\\b)([\\p{L}-]+ ){0,2}?(company|companies|firms?|"
            + "part(y|ies)|manufacturers?|makers?|organi[sz]ations?|groups?|agency|agencies|banks?|airlines?|courts?|"
            + "teams?|clubs?|newspapers?|outlets?|unions?|charity|charities|universit(y|ies)|brands?|governments?|"
            + "institutions?|authorit(y|ies)|bodies|body|ministry|contractors?|consultants?|chains?|supermarkets?|"
            + "retailers?|suppliers?|importers?|distributors?|operators?|insurers?|lenders?|sponsors?|auction houses?"
            + "|publishers?|dealers?|galler(y|ies)|museums?|foundations?|trusts?|associations?|societ(y|ies)|councils?"
            + "|committees?|commissions?|departments?|carriers?|broker(age)?s?)\\b", Names.ANY),
    NAME("^(who|whom|whose|name the)\\b|\\b(first |last |full |real |given |sur)?names?\\b|\\bcalled\\s*\\??$|"
            + "^(in |at |from |for |by |to |with )?(which|what) ([\\p{L}-]+ ){0,2}?(countries|country|nations?|city|"
            + "cities|towns?|villages?|regions?|provinces?|states?|rivers?|islands?|ports?|schools?|hospitals?|ships?|"
            + "vessels?|street|road|venue|stadium|building|award|prize)\\b"
            // "which other fishing boat …?" asks for the boat's name; "what made the boat turn over?" does not
            + "|^(in |at |from |for |by |to |with |on )?which ([\\p{L}-]+ ){0,2}?(boats?|ferr(y|ies)|trawlers?|yachts?|tankers?)\\b",
            Names.ANY),
    REASON("^(why|for what reason|how come|what (is|was|are|were) the (reasons?|causes?|motives?|grounds)|"
            + "what (caused|led to|prompted|triggered|drove|explains))\\b",
            "\\b(because|when|due to|owing to|as a result|result of|after|amid|over|following|since|so that|in order to|"
                    + "caused|causing|blamed|blaming|citing|cited|reasons?|, saying|led to|prompted|triggered|fears?|"
                    + "concerns?|protest(ed|ing)?|to avoid|to protect|to prevent|for (fear|lack))\\b"),
    OTHER("$^", "$^");

    /** How a sentence stands to what a question asks for. */
    enum Offer {
        /** The question asks for nothing in particular. */
        NOT_ASKED,
        /** The sentence holds nothing of the kind asked for, beyond the question's own words. */
        LACKS,
        /** It holds something of the kind, away from the words the question asks about. */
        OFFERS,
        /** It holds something of the kind next to a word the question asks about ("60,000 homes"). */
        OFFERS_NEAR
    }

    /** Capitalised words that name nothing: a name of these is no answer to "who". */
    private static final Set<String> NOT_NAMES = Set.of("i", "the", "a", "an", "he", "she", "it", "they", "we",
            "his", "her", "their", "its", "this", "that", "these", "those", "there", "but", "and", "mr", "mrs", "ms",
            "dr", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "president", "prime", "minister", "first", "lady", "king", "queen", "prince", "princess",
            "pope", "chancellor", "governor", "mayor", "senator", "general", "sir", "lord", "judge",
            // a continent's or a region's adjective names no one and nothing ("an Asian black bear")
            "asian", "european", "african", "nordic", "scandinavian", "caribbean", "mediterranean");

    /** The words of a compass that say which part of a place: "eastern", "north-west", "central". */
    private static final Pattern COMPASS = Pattern.compile(
            "\\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words of a question that asks for a part of a place: "which region of Slovenia?". */
    /** The organisations a country or its capital may stand for: "Which government …?", "Which team won?" */
    private static final Set<String> COUNTRIES_MAY_BE = Set.of("government", "governments", "team", "teams",
            "authority", "authorities", "ministry", "body", "bodies", "institution", "institutions", "union", "unions");
    private static final Set<String> AREAS = Set.of("region", "part", "area", "province", "district", "state");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'-]+");
    /** The words of a question for a measure that say which measure ("how deep?": a length), when they say one. */
    private static final Map<String, FigureValues.Measure> MEASURE_WORDS = Map.ofEntries(
            Map.entry("far", FigureValues.Measure.LENGTH), Map.entry("tall", FigureValues.Measure.LENGTH),
            Map.entry("deep", FigureValues.Measure.LENGTH),
            Map.entry("wide", FigureValues.Measure.LENGTH), Map.entry("long", FigureValues.Measure.LENGTH),
            Map.entry("distance", FigureValues.Measure.LENGTH), Map.entry("height", FigureValues.Measure.LENGTH),
            Map.entry("depth", FigureValues.Measure.LENGTH), Map.entry("length", FigureValues.Measure.LENGTH),
            Map.entry("width", FigureValues.Measure.LENGTH),
            Map.entry("fast", FigureValues.Measure.SPEED), Map.entry("speed", FigureValues.Measure.SPEED),
            Map.entry("temperature", FigureValues.Measure.TEMPERATURE), Map.entry("hot", FigureValues.Measure.TEMPERATURE),
            Map.entry("cold", FigureValues.Measure.TEMPERATURE), Map.entry("warm", FigureValues.Measure.TEMPERATURE));
    /** How many words from the thing offered a word of the question may stand to count as next to it. */
    private static final int NEAR = 3;
    /** How far after a name the words of a "who" clause describing it reach ("who leads the Oeste fishermen's union"). */
    private static final int WHO_CLAUSE = 7;
    /** Words are compared by their first letters, so that "homes" meets "home" and "rebuilt" "rebuild". */
    private static final int STEM = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /**
     * The titles that say, beside a name, what a "who" question asks by a verb or a role of its own: any
     * title of one who leads answers "who heads the trust?" and "who is in charge of the yard?" ("Chief
     * executive Annelies Brouwer", "Morag Campbell, who has chaired the trust"); a lawyer answers "who is
     * defending her?", a spokesman "who speaks for the police?". A question for a chair or a captain asks
     * for that title only, which its own word finds.
     */
    private static final Map<String, Set<String>> TITLES = titles(Map.of(
            List.of("head", "heads", "lead", "leads", "leader", "charge", "boss", "chief", "runs", "manages", "directs"),
            Set.of("head", "heads", "headed", "heading", "lead", "leads", "led", "leader", "leading", "charge", "chair",
                    "chairs", "chaired", "chairman", "chairwoman", "chairperson", "boss", "chief", "ceo", "president",
                    "director", "director-general", "manager", "managing", "runs", "ran", "captain", "skipper",
                    "commander", "commands", "commanded", "principal", "secretary-general"),
            List.of("defending", "defends", "defend", "representing", "represents"),
            Set.of("lawyer", "lawyers", "attorney", "attorneys", "counsel", "barrister", "solicitor", "advocate",
                    "defending", "defended", "represented", "representing"),
            List.of("speaks", "speak", "speaking"),
            Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "speaking", "spokesmen", "spokeswomen")));

    private static Map<String, Set<String>> titles(Map<List<String>, Set<String>> byAskedWords) {
        Map<String, Set<String>> titles = new HashMap<>();
        byAskedWords.forEach((asked, said) -> asked.forEach(word -> titles.put(word, said)));
        return Map.copyOf(titles);
    }

    private final Pattern question;
    private final Pattern evidence;
    private final boolean names;

    /** The measures that answer questions of several kinds: sums of money, sizes, distances, shares, times taken, years. */
    private static final class Units {
        private static final String FIGURE = "\\b\\d[\\d,.]*";
        /**
         * A year: a modern one anywhere, an older one where a preposition shows it is one ("painted around 1770",
         * "since 1492"), an ancient date ("between 1100 and 950 B.C.").
         */
        static final String YEARS = "\\b(1[89]|20)\\d{2}s?\\b|\\b(in|around|circa|c\\.|since|until|before|after) 1[0-7]\\d{2}s?\\b"
                + "|\\b\\d{1,4}\\s?(B\\.?C\\.?(E\\.?)?|A\\.?D\\.?|BCE|CE)(?!\\p{L})";
        static final String MONEY = FigureValues.CURRENCY_SIGN_BEFORE + "|" + FIGURE + "\\s?(million|billion|bn|m|k)?\\s?"
                + FigureValues.unitsOf(FigureValues.Measure.MONEY)
                + "|\\b(euros?|dollars?|pounds?|kroner|francs?)\\b|\\bfree of charge\\b";
        // speed first: its "km/h" would otherwise be read as a length's "km"
        static final String MEASURES = FIGURE + "\\s?-?" + FigureValues.unitsOf(FigureValues.Measure.SPEED,
                        FigureValues.Measure.LENGTH, FigureValues.Measure.AREA, FigureValues.Measure.MASS,
                        FigureValues.Measure.SHARE, FigureValues.Measure.TEMPERATURE, FigureValues.Measure.POWER)
                // a time taken answers "how big a delay?"; seats and lanes size a hall or a road
                + "|" + FIGURE + "\\s?-?(minutes?|hours?|seats?|lanes?)\\b"
                + "|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                    + "hundred)[- ](storey|metres?|meters?|kilomet(re|er)s?|(nautical )?miles?|feet|floors?|minutes?|hours?)\\b"
                    // a measure by its unit alone: "a full kilometre out from the vent", "half a mile offshore"
                    + "|\\b(an?|half an?|a quarter of an?)\\s+((full|good|further|whole)\\s+)?(metre|meter|kilomet(re|er)|"
                    + "(nautical )?mile|hectare|acre|tonne)\\b"
                    // a size by comparison: "hailstones as large as golf balls", "the size of a football pitch",
                    // "barely larger than an exercise book"
                    + "|\\bas (large|big|small|tall|high|deep|wide|long|heavy|thick|fast) as\\b|\\bthe size of\\b"
                    + "|\\b(larger|bigger|smaller|taller|higher|deeper|wider|longer|heavier|faster) than\\b";
        /**
         * "How big is the workforce?" is answered by a head count ("employs about 3,400 people"), "how big was the
         * crowd?" by one of those who came ("about 1,300 spectators").
         */
        static final String HEAD_COUNT = "\\b\\d[\\d,.]*\\s+(people|workers|employees|staff|members|residents|inhabitants|"
                + "pupils|students|soldiers|troops|spectators|fans|supporters|visitors|guests|attendees|delegates|"
                + "participants|protesters|demonstrators|mourners|worshippers)\\b";

        private Units() {
        }
    }

    /** The patterns of names, apart so that the constants above can use them. */
    private static final class Names {
        /** What a "name of" question asks for when it asks for an organisation or a place, not a person. */
        static final String NOT_PERSONS = "(company|companies|firms?|part(y|ies)|manufacturers?|makers?|"
                + "organi[sz]ations?|groups?|agency|agencies|banks?|airlines?|courts?|teams?|clubs?|newspapers?|"
                + "outlets?|ministry|countries|country|nations?|city|cities|towns?|villages?|regions?|provinces?|"
                + "states?|rivers?|islands?|ports?|bodies|body|unions?|charity|charities|schools?|universit(y|ies)|"
                + "hospitals?|brands?|ships?|vessels?|boats?|street|road|venue|stadium|buildings?|award|prize|"
                + "operation|treaty|law|bill|storm|programme|program|scheme|project|fund|event|festival|place|"
                + "area|district|estate|bridge|line|route|station|airport|park|mountain|lake|sea|museum|library)\\b";
        /**
         * A capitalised name: not at the start of the sentence (where every word is capitalised) unless a
         * second capitalised word follows it.
         */
        static final String ANY = "(?<=[\\p{L}\\p{N},;:)’'\"”]\\s{1,3})\\p{Lu}[\\p{L}’'.-]+"
                + "|^\\p{Lu}[\\p{L}’'.-]+(?=\\s+\\p{Lu})";
        /**
         * A capitalised name after a word that places things ("in the Sumy region", "at a rare White House
         * announcement"), or a common noun of a place after one ("from their houses", "at the town hall").
         */
        static final String PLACE = "\\b(?:in|at|from|(?<!according\\s)to|near|into|across|outside|inside|off|around|through|"
                + "towards?|of|on|via)\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}"
                // (not a family's name: "bought from the Dodd family", "from the Sandoval brothers")
                + "(?<thing>\\p{Lu}[\\p{L}’'.-]++)(?!\\s+(?:family|families|brothers|sisters|household|clan|couple)\\b)"
                + "|\\b(?:in|at|from|to|near|into|outside|inside|around|along|beside|across)"
                + "\\s+(?:the|a|an|its|"
                + "their|his|her|our|my)\\s+(?:[\\p{Ll}-]+\\s+)?(?<place>homes?|houses?|orphanages?|hospitals?|schools?|hall|halls|quarter|"
                + "border|region|area|town|city|village|island|camps?|shelters?|street|port|airport|station|church|"
                + "square|centre|center|office|court|prison|capital|coast|north|south|east|west|estate|farm|"
                + "factory|plant|mine|base|embassy|parliament|stadium|park|river|valley|mountains?|hills?|"
                + "district|province|country|border crossing|front line|frontline|ward|clinic|harbou?r|waterfront|"
                + "seafront|beach|shore|bay|lake|fairgrounds?|market|library|museum|attic|basement|cellar|"
                + "garden|forest|pier|quay|dock)\\b"
                // a place named before the event held there: "his Alaska summit", "the Geneva talks"
                + "|(?<=\\s)(?<held>\\p{Lu}[\\p{L}’'.-]+)\\s+(?:summit|talks|negotiations|meeting|conference|"
                + "visit|trip|rally|ceremony|hearing|trial|headquarters|plant|factory|office|base|airport)\\b"
                // where something is based: "the Denver-based fund"
                + "|(?<based>\\p{Lu}[\\p{L}’'.]+)-based\\b";
        /** The part of a match that is the thing offered, where the pattern names one. */
        static String thing(Matcher found) {
            for (String group : new String[] {"thing", "place", "held", "based"}) {
                if (found.pattern().pattern().contains("(?<" + group + ">") && found.group(group) != null) {
                    return found.group(group);
                }
            }
            return found.group();
        }
    }

    QuestionKind(String question, String evidence) {
        this.question = Pattern.compile(question, Pattern.CASE_INSENSITIVE);
        this.names = evidence.equals(Names.ANY) || evidence.equals(Names.PLACE);
        // names are told by their capital letter, so their patterns are case-sensitive
        this.evidence = Pattern.compile(evidence,
                names ? Pattern.UNICODE_CASE : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * What readers put before the question itself: a connective ("and", "so"), a hedge on the figure ("roughly
     * how many"), a polite frame ("could you tell me"), or a phrase that sets the scene ("in the AP report,",
     * "on Thursday,"). The kind is read from what follows.
     */
    private static final Pattern OPENERS = Pattern.compile("^(?:(?:and|so|but|then|also|ok|okay|well|now|please|"
            + "roughly|approximately|about|around|exactly|precisely|just|tell me|do you know|does anyone know|any idea|"
            + "(?:can|could|would) you (?:please )?(?:tell me|say)|i(?:'d| would) like to know|"
            + "i (?:want|wanted|wonder|wondered)(?: to know)?|according to [^,]{1,40},|(?:in|on|at|by|after|before) "
            + "[^,?]{1,40},)[, ]+"
            // "over how many nights …?", "in how many towns …?": the count is asked all the same
            + "|(?:over|in|for|on|across|from|at|within|during|among|between)\\s+(?=how\\s+(?:many|much)\\b))+");

    /** "Who is Ines Carvalho?" asks what someone named is, not for a name: nothing particular to check. */
    /**
     * "How long was Gary Pountney manager?": a person's name after "how long is/was" asks how long they held a post, not
     * a length, which things have ("how long is the bridge?"); the name is two capitalised words or more.
     */
    private static final Pattern HOW_LONG_A_PERSON = Pattern.compile(
            "^\\s*(?i:how long (?:is|was|has|had))\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+\\s+\\p{Ll}");
    private static final Pattern WHO_IS_NAMED = Pattern.compile(
            "^\\s*([Ww]ho|[Ww]hat) (is|was|are|were) (\\p{Lu}[\\p{L}’'.-]*\\s*){1,4}\\?*\\s*$");

    /**
     * "How much did the grinder's stock lose?": a market's move, given as a share ("fell 3.1%") as often as in money,
     * so no particular kind of figure is asked for.
     */
    private static final Pattern MARKET_MOVE = Pattern.compile("^how much (did|does|have|has|had|will|would) .{0,40}?"
            + "\\b(shares?|stocks?|index|futures|prices?|currency|bonds?|yields?|valuation|market value)"
            + " (lose|lost|gain|gained|fall|fell|drop|dropped|rise|rose|climb|climbed|slip|slipped|jump|jumped)\\b");

    /**
     * "Where did the company's shares end up?", "Where was the gas price trading by noon?": a market's level, a
     * figure ("to 212p", "at 95.10 pence"), not a place.
     */
    private static final Pattern MARKET_LEVEL = Pattern.compile("^where (did|does|do|was|were|is|are|has|have|had|will)"
            + " .{0,60}?\\b(shares?|stocks?|index|futures|prices?|currency|bonds?|yields?|contracts?|rates?)"
            + " (end|ended|close|closed|finish|finished|settle|settled|trade|traded|trading|stand|stood|standing)\\b");

    /**
     * A question put as a noun phrase, as readers type in a chat: "Age of the quickest swimmer?", "Distance from the
     * crater to the hospital?", "Size of the firm's fleet?" ask what "how old", "how far" and "how many" ask.
     */
    private static final List<Map.Entry<Pattern, QuestionKind>> NOUN_PHRASES = List.of(
            Map.entry(Pattern.compile("^(the )?age of\\b"), AGE),
            Map.entry(Pattern.compile("^(the )?(cost|price|value|bill|fine|budget|salary) (of|for)\\b"), AMOUNT),
            Map.entry(Pattern.compile("^(the )?(distance|length|height|depth|width|area|speed|temperature|weight)"
                    + " (of|from|between|to)\\b"), MEASURE),
            // "what's the speed limit going past?", "what was the water temperature?"
            Map.entry(Pattern.compile("^what(s|['’]s| is| was| are| were) the ([\\p{L}-]+ )?(speed|distance|height|depth"
                    + "|width|temperature|weight)s?\\b"), MEASURE),
            Map.entry(Pattern.compile("^(the )?(number|count|total|tally|size|share|percentage|proportion) of\\b"), QUANTITY),
            Map.entry(Pattern.compile("^(the )?(date|day) (of|for)\\b"), TIME),
            Map.entry(Pattern.compile("^(the )?(cause|reason|motive)s? (of|for|behind)\\b"), REASON));

    static QuestionKind of(String question) {
        String start = OPENERS.matcher(question.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        if (WHO_IS_NAMED.matcher(question).matches() || MARKET_MOVE.matcher(start).find()) {
            return OTHER;
        }
        if (MARKET_LEVEL.matcher(start).find()) {
            return QUANTITY;
        }
        if (HOW_LONG_A_PERSON.matcher(question).find()) {
            return DURATION;
        }
        for (Map.Entry<Pattern, QuestionKind> phrase : NOUN_PHRASES) {
            if (phrase.getKey().matcher(start).find()) {
                return phrase.getValue();
            }
        }
        for (QuestionKind kind : values()) {
            if (kind != OTHER && kind.question.matcher(start).find()) {
                return kind;
            }
        }
        return OTHER;
    }

    /**
     * "How many passengers": a count answers it only next to what it counts ("120 passengers", not "23
     * trams"). A word that counts anything ("people", "times") says nothing; the question's other words
     * are then what the count must stand next to. What is counted is the head of the words after "how many",
     * its last plural before the verb: "vessels" in "how many coast guard vessels were sent?", "homes" in "how
     * many new homes lost power?" (a count next to "coast guard" or "new" counts something else). Empty for
     * other questions.
     */
    Set<String> counted(String question) {
        if (this != QUANTITY) {
            return Set.of();
        }
        Matcher counted = COUNTED.matcher(OPENERS.matcher(question.strip().toLowerCase(Locale.ROOT)).replaceFirst(""));
        if (!counted.lookingAt()) {
            return Set.of();
        }
        List<String> phrase = new ArrayList<>();
        for (String word : counted.group(1).split(" ")) {
            // "how many stations sent crews?": a verb after a plural ends the noun phrase, and its object is not counted
            boolean verbAfterPlural = !phrase.isEmpty() && looksPlural(phrase.get(phrase.size() - 1))
                    && (word.endsWith("ed") || !word.endsWith("s") && !WordForms.base(word, "VERB").equals(word));
            if (COUNT_PHRASE_ENDS.contains(word) || verbAfterPlural) {
                break;
            }
            phrase.add(word);
        }
        String head = phrase.isEmpty() ? "" : phrase.get(0);
        for (String word : phrase) {
            if (looksPlural(word)) {
                head = word;
            }
        }
        return head.length() >= 3 && !ANY_COUNT.contains(head) ? Set.of(head) : Set.of();
    }

    private static boolean looksPlural(String word) {
        return IRREGULAR_PLURALS.contains(word) || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("us") && !word.endsWith("is");
    }

    private static final Pattern COUNTED = Pattern.compile("how many ((?:[\\p{L}-]+ ?){1,4})");
    /** Words that end the noun phrase of "how many …": the verb's auxiliaries, prepositions, relatives. */
    private static final Set<String> COUNT_PHRASE_ENDS = Set.of("of", "in", "on", "at", "to", "from", "for", "by",
            "with", "that", "who", "which", "were", "was", "are", "is", "be", "been", "did", "does", "do", "have", "has",
            "had", "will", "would", "can", "could", "should", "may", "might", "must", "there", "he", "she", "they", "it",
            "we", "you", "i");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police", "staff",
            "crew", "cattle", "sheep", "fish", "deer", "aircraft", "personnel", "livestock", "troops", "feet", "teeth",
            "mice", "geese");
    private static final Set<String> ANY_COUNT = Set.of("people", "persons", "times", "more", "others", "other",
            "were", "was", "are", "did", "does", "have", "has", "had", "will", "would", "can", "could");

    /**
     * The words with which a question of this kind asks for its kind of thing rather than say what it is
     * about: "cost" in "how much does a ferry ticket cost?", where the sum must stand next to the ticket.
     */
    Set<String> framing() {
        return this == AMOUNT ? AMOUNT_FRAMING : Set.of();
    }

    private static final Set<String> AMOUNT_FRAMING = Set.of("cost", "costs", "pay", "paid", "spend", "spent", "worth",
            "price", "charge", "charged", "money", "sum", "value", "bill");

    /**
     * Whether a sentence that holds nothing of this kind cannot answer the question. Not so for a bare "who": a
     * group or an office named by common nouns answers it ("the league's licensing committee", "taxi firms"),
     * and the evidence of a person is a capitalised name. "What is the name of the vicar?" does ask for a name.
     */
    boolean lackSettles(String question) {
        return specific() && !(this == PERSON && BARE_WHO.matcher(question).lookingAt());
    }

    /**
     * Whether the question asks for the name of a place people are in or go to by its kind ("in which hospital …?",
     * "which school …?"): a name answers it only beside the kind or one of the question's words ("the Gallares
     * Memorial Hospital", "taken to Ysbyty Gwynedd in Bangor"), not a person's name elsewhere in the sentence.
     */
    boolean namedWithItsKind(String question) {
        return this == NAME && NAMED_WITH_ITS_KIND.matcher(OPENERS.matcher(question.strip().toLowerCase(Locale.ROOT))
                .replaceFirst("")).find();
    }

    /**
     * The kind of thing whose name the question asks for ("what was the name of the boat that capsized?", "what was
     * Lee Garside's business called?"), or empty: a name answers it only beside that word ("the tourist boat Laxmi"),
     * not beside another word of the question ("capsized in Chilika lake off Satapada" names where, not the boat).
     */
    Optional<Set<String>> thingNamed(String question) {
        if (this != NAME) {
            return Optional.empty();
        }
        String asked = OPENERS.matcher(question.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        return NAME_OF_A_THING.stream().map(pattern -> pattern.matcher(asked)).filter(Matcher::find)
                .map(named -> named.group("thing")).findFirst()
                .map(thing -> THING_WORDS.stream().filter(words -> words.stream().anyMatch(word -> formOf(thing, word)))
                        .findFirst().orElse(Set.of(thing)));
    }

    /** Whether a word is the noun or its plural ("ferries" of "ferry"; not "school" of "schooner"). */
    private static boolean formOf(String word, String noun) {
        return word.equals(noun) || word.equals(noun + "s") || word.equals(noun + "es")
                || noun.endsWith("y") && word.equals(noun.substring(0, noun.length() - 1) + "ies");
    }

    /**
     * The words a report may name a thing by, beside its name: "the Madeiran firm Limpamar" names the company
     * asked for, "operator Alvsborg Container Terminal AB" the company that operates a terminal.
     */
    private static final List<Set<String>> THING_WORDS = List.of(
            Set.of("company", "companies", "firm", "business", "operator", "contractor", "subsidiary"),
            Set.of("boat", "vessel", "ship", "ferry", "trawler", "yacht", "tanker", "brig", "seiner", "schooner",
                    "barge", "tug"),
            Set.of("shop", "store", "outlet"),
            Set.of("restaurant", "cafe", "café", "bistro", "eatery", "pub", "bar", "inn"),
            Set.of("film", "movie", "documentary"),
            Set.of("book", "novel", "memoir", "biography"),
            Set.of("newspaper", "magazine", "daily", "weekly"));

    /** Things asked for by name whose name stands beside the word for them. */
    private static final String THINGS_NAMED = "(?<thing>compan(y|ies)|firms?|business(es)?|shops?|restaurants?|pubs?|"
            + "bars?|cafes?|cafés?|hotels?|inns?|boats?|ships?|vessels?|ferr(y|ies)|trawlers?|yachts?|tankers?|"
            + "brigs?|dogs?|horses?|films?|books?|songs?|albums?|plays?|shows?|operations?|schemes?|projects?|"
            + "programmes?|funds?|festivals?|farms?|estates?|charit(y|ies)|clubs?|bands?|newspapers?|magazines?|"
            + "brands?|products?|drugs?|apps?|storms?|streets?|roads?|bridges?|parks?|routes?|mountains?|lakes?|"
            // the places named by their kind ("the name of the school the pupils attend"), as in KINDS_NAMED
            + "schools?|hospitals?|universit(y|ies)|colleges?|stadiums?|museums?|galler(y|ies)|prisons?|airports?|"
            + "stations?|churche?s?)";
    private static final List<Pattern> NAME_OF_A_THING = List.of(
            Pattern.compile("\\b(first |full |real )?names? of (the |a |an |his |her |their |its |this |that )?"
                    + "([\\p{L}-]+ ){0,2}?" + THINGS_NAMED + "\\b"),
            Pattern.compile("^what (is|was|are|were) (the |his |her |their |its )?((\\p{L}[\\p{L}-]* ){0,2}"
                    + "[\\p{L}'’-]+['’]s? )?([\\p{L}-]+ ){0,2}?" + THINGS_NAMED + " (called|named)\\s*\\??$"));

    private static final String KINDS_NAMED = "(hospitals?|schools?|universit(y|ies)|colleges?|stadiums?|museums?"
            + "|galler(y|ies)|prisons?|airports?|stations?|churche?s?|hotels?|streets?|roads?|bridges?)";
    private static final Pattern NAMED_WITH_ITS_KIND = Pattern.compile("^(in |at |from |to |into )?(which|what) "
            + "([\\p{L}-]+ ){0,2}?" + KINDS_NAMED + "\\b");
    private static final Pattern NAMED_KIND = Pattern.compile(KINDS_NAMED);

    /** A name after "of", which completes a name of its kind: "University" of "Évora", "Bank" of "England". */
    private static final Pattern OF_A_NAME = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}");

    private static final Pattern BARE_WHO = Pattern.compile("\\s*(?:(?:and|so|but|then)\\s+)?(?:who|whom|whose)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether this kind asks for something a sentence can be checked for. */
    boolean specific() {
        return this != OTHER;
    }

    /**
     * How a sentence stands to what this kind of question asks for: whether it holds something of the
     * kind that is not among the question's own words (lower-cased), and whether that stands within a
     * few words of one of the words the question asks about (lower-cased, not its names: "homes" in "how
     * many homes lost power?"), as an answer does and a figure about something else rarely does.
     */
    Offer offeredBy(String sentence, Set<String> questionWords, Set<String> askedAbout) {
        if (!specific()) {
            return Offer.NOT_ASKED;
        }
        Offer offer = Offer.LACKS;
        // "where is she from?": a nationality says where ("Ethiopian runner Meseret Alemu")
        if (this == PLACE && questionWords.contains("from") && nationalityIn(sentence, questionWords)) {
            offer = Offer.OFFERS;
        }
        Matcher found = evidence.matcher(sentence);
        Set<String> titles = this != PERSON ? Set.of() : askedAbout.stream()
                .flatMap(word -> TITLES.getOrDefault(word, Set.of()).stream()).collect(Collectors.toSet());
        Set<FigureValues.Measure> measuresAsked = this == MEASURE ? measuresAsked(questionWords) : Set.of();
        // the kind of place a name is asked for by ("which hospital …?"), which the name holds or stands beside
        Set<String> kinds = this != NAME ? Set.of() : questionWords.stream()
                .filter(word -> NAMED_KIND.matcher(word).matches()).collect(Collectors.toSet());
        boolean countsThings = this == QUANTITY && questionWords.contains("many") && !FigureValues.namesMoney(questionWords);
        // what looks like the kind asked for but is none: a place for a person, the day a report was given for a time
        // ("of the National University" is no place to "which university?": it names what is asked for)
        List<int[]> noAnswers = this == PERSON || this == ORGANISATION ? placesIn(sentence).stream()
                .filter(span -> words(sentence.substring(span[0], span[1])).stream().noneMatch(askedAbout::contains)).toList()
                : (this == TIME || this == YEAR) && askedAbout.stream().noneMatch(word -> REPORTING.matcher(word).matches())
                ? datesOfSaying(sentence) : List.of();
        while (found.find()) {
            int start = found.start();
            if (noAnswers.stream().anyMatch(span -> span[0] <= start && start < span[1])) {
                continue;
            }
            // "how far?" is answered by a distance, not by a weight or a head count ("a 250-kilogram bomb")
            if (!measuresAsked.isEmpty() && !measuresAsked.containsAll(FigureValues.measures(found.group()))) {
                continue;
            }
            // "how many lambs did she sell?" is answered by a count, not by a price ("sold for 26,000 guineas")
            if (countsThings && FigureValues.measureAt(sentence, start) == FigureValues.Measure.MONEY) {
                continue;
            }
            String thing = Names.thing(found).toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[,.]+$", "");
            // "which university …?": "the University of Évora" is named by the word asked and a name after "of"
            if ((this == ORGANISATION || this == NAME) && askedAbout.contains(thing)
                    && OF_A_NAME.matcher(sentence).region(found.end(), sentence.length()).lookingAt()) {
                return Offer.OFFERS_NEAR;
            }
            if (questionWords.contains(thing) || names && NOT_NAMES.contains(thing)
                    || names && nameRunHolds(sentence, start, found.end(), questionWords, askedAbout)
                    // "Belgian police" names no one: a nationality is no answer to "who", nor is "British-made"
                    || (this == PERSON || this == ORGANISATION)
                            && Nationalities.isAdjective(thing.replaceFirst("(?<=\\p{L})-\\p{L}+$", ""))
                    // nor is a country or its capital ("Moscow's invasion", "Kyiv has accused"), nor the agency a
                    // source spoke to ("a relative told AFP")
                    // nor, to "which supermarket chains?", the countries they sold in (a country may be a government
                    // or a national team)
                    || this == ORGANISATION && Countries.isCountryOrCapital(thing)
                            && questionWords.stream().noneMatch(COUNTRIES_MAY_BE::contains)
                    || this == PERSON && (Countries.isCountryOrCapital(thing) || Agencies.named(Names.thing(found).replaceAll("[,.]+$", "")).isPresent()
                            // nor, where a person's name is asked for, an institution's ("A Department for Energy
                            // Security spokesperson said"); "who paid for it?" may well be answered by a foundation
                            || questionWords.contains("name") && institution(sentence, start, found.end()))) {
                continue;
            }
            if (!kinds.isEmpty()) {
                // "which hospital …?": "University Hospital Kerry", or a name beside "hospital", not a doctor's name
                // beside what the question says of the patient
                if (wordsOf(found.group()).stream().anyMatch(word -> kinds.stream().anyMatch(kind -> sameStart(word, kind)))
                        || nextTo(sentence, found.start(), found.end(), kinds)) {
                    return Offer.OFFERS_NEAR;
                }
                offer = Offer.OFFERS;
                continue;
            }
            if (nextTo(sentence, found.start(), found.end(), askedAbout)
                    || !titles.isEmpty() && nextTo(sentence, found.start(), found.end(), titles, true)) {
                return Offer.OFFERS_NEAR;
            }
            offer = Offer.OFFERS;
        }
        if (offer == Offer.LACKS && (this == PLACE || this == NAME && askedAbout.stream().anyMatch(AREAS::contains))
                && partOfAskedPlace(sentence, questionWords)) {
            return Offer.OFFERS;
        }
        return offer;
    }

    /**
     * What a question for a measure asks for by its word ("how far", "what depth"), with a share or a sum, which
     * answer it said of money or markets ("how deep are the cuts?"); empty when it could be anything.
     */
    private static Set<FigureValues.Measure> measuresAsked(Set<String> questionWords) {
        Set<FigureValues.Measure> asked = MEASURE_WORDS.entrySet().stream()
                .filter(entry -> questionWords.contains(entry.getKey())).map(Map.Entry::getValue)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FigureValues.Measure.class)));
        if (asked.size() != 1) {
            return Set.of();
        }
        asked.addAll(List.of(FigureValues.Measure.SHARE, FigureValues.Measure.MONEY));
        return asked;
    }

    /**
     * Whether the sentence says which part of a place the question names: "in eastern Slovenia",
     * "Georgia's northern mountains" answer "in which region of Slovenia?" and "where in Georgia?".
     */
    private static boolean partOfAskedPlace(String sentence, Set<String> questionWords) {
        Set<String> named = new HashSet<>();
        Matcher capitalised = CAPITALISED_WORD.matcher(sentence);
        while (capitalised.find()) {
            String word = capitalised.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (questionWords.contains(word)) {
                named.add(word);
            }
        }
        Matcher compass = COMPASS.matcher(sentence);
        while (compass.find()) {
            if (nextTo(sentence, compass.start(), compass.end(), named)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence holds a nationality the question does not ("Ethiopian" for "where is Alemu from?"). */
    private static boolean nationalityIn(String sentence, Set<String> questionWords) {
        return words(sentence).stream().anyMatch(word -> Nationalities.isAdjective(word) && !questionWords.contains(word));
    }

    /**
     * Whether the capitalised words around a name hold one of the question's names (its words other than
     * those it asks about): "Loretta Vance" names the "Vance" the question asks about, so its "Loretta" is
     * no new name; "Green Party" for "which party?" is.
     */
    private static boolean nameRunHolds(String sentence, int start, int end, Set<String> questionWords,
                                        Set<String> askedAbout) {
        Matcher before = NAME_RUN_BEFORE.matcher(sentence.substring(0, start));
        Matcher after = NAME_RUN_AFTER.matcher(sentence).region(end, sentence.length());
        String run = (before.find() ? before.group() : "") + " " + (after.lookingAt() ? after.group() : "");
        return words(run).stream().anyMatch(word -> questionWords.contains(word) && !askedAbout.contains(word)
                && !NOT_NAMES.contains(word));
    }

    /** Whether the capitalised run a name stands in names an institution by its head noun ("Department for Energy"). */
    private static boolean institution(String sentence, int start, int end) {
        Matcher before = INSTITUTION_RUN_BEFORE.matcher(sentence.substring(Math.max(0, start - 80), start));
        Matcher after = INSTITUTION_RUN_AFTER.matcher(sentence).region(end, sentence.length());
        String run = (before.find() ? before.group() : "") + sentence.substring(start, end) + (after.lookingAt() ? after.group() : "");
        return INSTITUTION.matcher(run).find();
    }

    /** The start of a name, through the "for" or "of" institutions' names hold ("Department for Health"). */
    private static final Pattern INSTITUTION_RUN_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}’'.-]+\\s+(?:(?:for|of|and)\\s+)?)+$");
    /** The rest of a name, through the "for" or "of" institutions' names hold ("Department for Energy Security"). */
    private static final Pattern INSTITUTION_RUN_AFTER = Pattern.compile("(\\s+(?:(?:for|of|and)\\s+)?\\p{Lu}[\\p{L}’'.-]+)+");
    private static final Pattern INSTITUTION = Pattern.compile("\\b(?:Department|Ministry|Council|Agency|Authority|Commission"
            + "|Company|Corporation|Group|Bank|University|College|School|Hospital|Police|Court|Office|Service|Board|Committee"
            + "|Union|Party|Club|Association|Institute|Foundation|Trust|Society|Federation|League|Museum|Inc|Ltd|plc|AG|SA)\\b");

    private static final Pattern NAME_RUN_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}’'.-]+\\s+)+$");
    private static final Pattern NAME_RUN_AFTER = Pattern.compile("(\\s+\\p{Lu}[\\p{L}’'.-]+)+");

    /** Where the sentence names a place something is in, at or from ("from Glasgow", "on Harbour Street"). */
    private static List<int[]> placesIn(String sentence) {
        List<int[]> places = new ArrayList<>();
        Matcher place = PLACE.evidence.matcher(sentence);
        while (place.find()) {
            for (String named : new String[] {"thing", "held"}) {
                if (place.group(named) != null) {
                    int end = place.end(named);
                    Matcher rest = PLACE_NAME_REST.matcher(sentence).region(end, sentence.length());
                    end = rest.lookingAt() ? rest.end() : end;
                    places.add(new int[] {place.start(named), regionAfter(sentence, end)});
                }
            }
        }
        return places;
    }

    /**
     * Where a sentence dates its own telling ("it said on Thursday", "told reporters on Monday"): that is
     * when the news was given, not when what it tells happens, unless the question asks when it was said.
     */
    private static List<int[]> datesOfSaying(String sentence) {
        List<int[]> dates = new ArrayList<>();
        Matcher saying = DATE_OF_SAYING.matcher(sentence);
        while (saying.find()) {
            dates.add(new int[] {saying.start("date"), saying.end("date")});
        }
        return dates;
    }

    private static final Pattern REPORTING = Pattern.compile(
            "(say|says|said|tell|tells|told|announce[sd]?|report(s|ed)?|state[sd]?|confirm(s|ed)?|add(s|ed)?)");
    private static final Pattern DATE_OF_SAYING = Pattern.compile("\\b(said|says|told \\p{L}+|"
            + "added|announced|reported|stated|confirmed)\\s+((late|early)\\s+)?(on\\s+)?(?<date>(monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|yesterday|today)\\b)", Pattern.CASE_INSENSITIVE);

    /** The further capitalised words of a place's name ("Harbour Street", "Ronsay Primary School"). */
    private static final Pattern PLACE_NAME_REST = Pattern.compile("(\\s+\\p{Lu}[\\p{L}’'.-]+)+");
    /** The region or country set after a place with a comma: "in Hanamaki, Iwate Prefecture", "in Kallo, Belgium". */
    private static final Pattern REGION_AFTER = Pattern.compile(
            ",\\s+(?<region>\\p{Lu}[\\p{L}’'.-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){0,3})(?=[\\s,.;:!?)]|$)");
    private static final Pattern REGION_WORD = Pattern.compile(
            "(?:Prefecture|Province|County|State|Region|District|Oblast|Governorate|Territory|Canton|Department)$");

    /** Where a place named at {@code end} ends, with the region or country a comma sets after it. */
    private static int regionAfter(String sentence, int end) {
        Matcher region = REGION_AFTER.matcher(sentence).region(end, sentence.length());
        if (region.lookingAt() && (REGION_WORD.matcher(region.group("region")).find()
                || Countries.isCountryOrCapital(region.group("region").toLowerCase(Locale.ROOT)))) {
            return region.end();
        }
        return end;
    }

    /** Whether one of the words stands within {@link #NEAR} words before or after the span. */
    private static boolean nextTo(String sentence, int start, int end, Set<String> words) {
        return nextTo(sentence, start, end, words, false);
    }

    /** Whether one of the words stands next to the span; {@code exactly} as written, not by its first letters. */
    private static boolean nextTo(String sentence, int start, int end, Set<String> words, boolean exactly) {
        List<String> before = wordsOf(sentence.substring(0, start));
        List<String> after = wordsOf(sentence.substring(end));
        List<String> around = new ArrayList<>(before.subList(Math.max(0, before.size() - NEAR), before.size()));
        // "42,000 tons of beans were destroyed": what the figure measures, after "of", is part of it
        // and "Paula Gomes, who leads the fishermen's union": the clause after "who" says what the person is
        int reach = after.isEmpty() ? 0 : after.get(0).equals("of") ? NEAR + 2 : after.get(0).equals("who") ? WHO_CLAUSE : NEAR;
        around.addAll(after.subList(0, Math.min(reach, after.size())));
        for (String word : around) {
            if (exactly) {
                if (words.contains(word)) {
                    return true;
                }
                continue;
            }
            // "swum by Ellie Brannagh" for "who swam …?": an irregular form is its verb's word
            String verb = WordForms.base(word, "VERB");
            for (String asked : words) {
                if (sameStart(word, asked) || sameStart(verb, WordForms.base(asked, "VERB")) || compoundOf(word, asked)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameStart(String word, String asked) {
        return word.regionMatches(0, asked, 0, Math.min(STEM, Math.max(word.length(), asked.length())))
                && Math.min(word.length(), asked.length()) >= Math.min(STEM, asked.length());
    }

    /**
     * Whether a word is a closed compound ending in the word asked about: "three whitefish" for "how many fish?",
     * "40 lifeboats" for "how many boats?", "the farmhouse" for "house". The asked word is at least four letters and
     * the compound at least three longer and closed, so "island" is no compound of "land", nor "first-team" of "team".
     */
    private static boolean compoundOf(String word, String asked) {
        String head = asked.endsWith("s") && !word.endsWith("s") ? asked.substring(0, asked.length() - 1) : asked;
        return head.length() >= MIN_COMPOUND_HEAD && word.length() >= head.length() + MIN_COMPOUND_EXTRA && word.endsWith(head)
                && word.chars().allMatch(Character::isLetter);
    }

    private static final int MIN_COMPOUND_HEAD = 4;
    private static final int MIN_COMPOUND_EXTRA = 3;

    private static List<String> wordsOf(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The words of a text as {@link #offeredBy} compares them: lower-cased, possessives and end commas dropped. */
    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[\\s?!;:()\"“”]+")) {
            String plain = word.replaceAll("['’]s$", "").replaceAll("[,.]+$", "");
            if (!plain.isEmpty()) {
                words.add(plain);
            }
        }
        return words;
    }
}
