package org.newsdesk.index;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Writes a lower-cased British word the American way, so that a reader who asks about "kilometres", a
 * "neighbourhood" or "lorry drivers" finds AP's "kilometers", "neighborhood" and "truck drivers" (and the other
 * way round): the stemmer leaves "kilometr" and "kilomet" apart. The regular differences are rules (-our, -tre,
 * -ise, -yse, a doubled l before an ending, -ogue, the medical ae and oe); the irregular ones and a few words
 * the two write differently ("lorry", "storey", "aeroplane") are listed. Words that end in -ise in American
 * English too ("promise", "advertise") are left as they are.
 */
final class AmericanSpelling extends TokenFilter {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("licence", "license"), Map.entry("licences", "licenses"), Map.entry("pretence", "pretense"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"), Map.entry("aluminium", "aluminum"),
            Map.entry("grey", "gray"), Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("kerb", "curb"),
            Map.entry("plough", "plow"), Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"), Map.entry("judgement", "judgment"),
            Map.entry("judgements", "judgments"), Map.entry("ageing", "aging"), Map.entry("jewellery", "jewelry"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"), Map.entry("practising", "practicing"),
            Map.entry("storey", "story"), Map.entry("storeys", "stories"), Map.entry("lorry", "truck"),
            Map.entry("lorries", "trucks"), Map.entry("aeroplane", "airplane"), Map.entry("aeroplanes", "airplanes"),
            Map.entry("petrol", "gasoline"), Map.entry("maths", "math"), Map.entry("windscreen", "windshield"),
            Map.entry("mould", "mold"), Map.entry("moult", "molt"), Map.entry("cheque", "check"),
            Map.entry("cheques", "checks"), Map.entry("draught", "draft"), Map.entry("enquiry", "inquiry"),
            Map.entry("enquiries", "inquiries"));
    private static final Pattern OUR = Pattern.compile("(colo|favo|flavo|hono|humo|labo|neighbo|harbo|behavio|rumo|vapo"
            + "|armo|endeavo|savo|odo|clamo|rigo|vigo|valo|parlo|tumo|savio|fervo)ur(\\p{L}*)");
    private static final Pattern TRE = Pattern.compile("(cent|met|kilomet|centimet|millimet|theat|lit|fib|calib|spect"
            + "|sab|meag|somb|lust)re(s|d)?");
    private static final Pattern ISE = Pattern.compile("(\\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)");
    private static final Pattern YSE = Pattern.compile("(anal|paral|catal|dial)ys(e|es|ed|ing)");
    private static final Pattern DOUBLED_L = Pattern.compile("(travel|cancel|label|model|fuel|counsel|signal|level|channel"
            + "|total|dial|jewel|tunnel|shovel|quarrel|pedal|duel|marvel|pencil|rival|equal|marshal)l(ed|ing|er|ers)");
    private static final Pattern OGUE = Pattern.compile("(catal|dial|anal|monol|prol|epil)ogue(s|d)?");
    private static final Pattern AE_OE = Pattern.compile(
            "(?:paediatr|orthopaed|anaem|anaesth|haem|oesophag|oestr|foet|encyclopaed|gynaecolog|leukaem|diarrhoea)\\p{L}*");
    /** Words in -ise that American English writes so too, by their base form. */
    private static final Set<String> ISE_IN_BOTH = Set.of("advertise", "advise", "apprise", "chastise", "circumcise",
            "comprise", "compromise", "concise", "demise", "despise", "devise", "disguise", "enterprise", "excise",
            "exercise", "expertise", "franchise", "improvise", "incise", "merchandise", "otherwise", "paradise", "premise",
            "precise", "promise", "reprise", "revise", "supervise", "surmise", "surprise", "televise", "treatise",
            "likewise", "clockwise", "tortoise", "porpoise", "turquoise", "noise", "poise", "cruise", "bruise", "praise",
            "raise", "arise", "anise", "valise", "chemise", "mortise");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AmericanSpelling(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        String american = of(word);
        if (!american.equals(word)) {
            term.setEmpty().append(american);
        }
        return true;
    }

    /** The word spelled the American way; itself when it has no other spelling. */
    static String of(String word) {
        String listed = WORDS.get(word);
        if (listed != null) {
            return listed;
        }
        Matcher rule;
        if ((rule = OUR.matcher(word)).matches()) {
            return rule.group(1) + "r" + rule.group(2);
        }
        if ((rule = TRE.matcher(word)).matches()) {
            String ending = rule.group(2) == null ? "" : rule.group(2).equals("d") ? "ed" : "s";
            return rule.group(1) + "er" + ending;
        }
        if ((rule = ISE.matcher(word)).matches() && !ISE_IN_BOTH.contains(rule.group(1) + "ise")) {
            return rule.group(1) + "iz" + rule.group(2);
        }
        if ((rule = YSE.matcher(word)).matches()) {
            return rule.group(1) + "yz" + rule.group(2);
        }
        if ((rule = DOUBLED_L.matcher(word)).matches()) {
            return rule.group(1) + rule.group(2);
        }
        if ((rule = OGUE.matcher(word)).matches()) {
            return rule.group(1) + "og" + (rule.group(2) == null ? "" : rule.group(2).equals("d") ? "ed" : "s");
        }
        if (AE_OE.matcher(word).matches()) {
            return word.replace("ae", "e").replace("oe", "e");
        }
        return word;
    }
}
