package org.newsdesk.knowledge;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a short text above a headline reads as a name: an outlet's ("The Northern Review", "Pacific Coast 9 News",
 * "Highland Sound FM") or any body's ("North Yorkshire Council"), rather than words of a headline or a kicker. A name
 * is a few words, each with a capital or a digit, small joining words aside ("Press Trust of India"); an outlet's name
 * also has a word outlets are named with, or is an agency's. A competition ("Mid-Ulster Challenge Cup final") names
 * an event, not who reports on it.
 */
final class OutletName {

    /** "Radio Danube International" is a name; "Fire guts grain warehouse in Gdansk port" is a headline. */
    static final int MAX_WORDS = 6;
    /** With the small words that join them: "Office of the Municipal Mayor of the Town of Loboc". */
    static final int MAX_WORDS_WITH_JOINING = 10;
    /** A name without a bar after it is shorter: "Pacific Coast 9 News". */
    static final int MAX_OUTLET_WORDS = 4;

    private static final Pattern WORD_GAP = Pattern.compile("[ \\t]+");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}.&'’-]*|&");
    private static final Set<String> JOINING = Set.of("of", "the", "and", "de", "du", "des", "la", "le", "for", "on",
            "am", "an", "y", "et");
    /** In capitals too: a newsletter's "THE PORTUGAL BRIEF". */
    private static final Pattern OUTLET_WORD = Pattern.compile("(?i)\\d+|News|Radio|TV|Television|Channel|Broadcasting"
            + "|Press|Times|Post|Herald|Journal|Gazette|Chronicle|Tribune|Daily|Weekly|Week|Media|Network|Ledger|Courier"
            + "|Observer|Telegraph|Mail|Express|Star|Record|Review|Standard|Independent|Mirror|Globe|Register|Dispatch"
            + "|Bulletin|Echo|Advertiser|Examiner|Monitor|Inquirer|Sentinel|Argus|Mercury|Citizen|Online|Today|FM"
            + "|Magazine|Agency|Wire|Brief|Briefing|Digest|Newsletter|Roundup|Round-up");
    /** Words that name a competition or a fixture, which a results service prints where a masthead would stand. */
    private static final Pattern EVENT_WORD = Pattern.compile("(?i)cup|league|championships?|trophy|tournament|finals?"
            + "|semi-finals?|quarter-finals?|play-?offs?|olympics");

    private OutletName() {
    }

    /**
     * A name of a few capitalised words that names no competition; the small words joining them do not count, and a
     * name may list ("Advisory Board on Wolf, Bear and Lynx").
     */
    static boolean isName(String text) {
        String[] words = WORD_GAP.split(text.strip());
        if (words.length == 0 || words.length > MAX_WORDS_WITH_JOINING || words[0].isEmpty()) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            boolean joining = i > 0 && JOINING.contains(words[i]);
            String word = i + 1 < words.length && words[i].endsWith(",") ? words[i].substring(0, words[i].length() - 1)
                    : words[i];
            if (!joining && !NAME_WORD.matcher(word).matches() || EVENT_WORD.matcher(word).matches()) {
                return false;
            }
            capitalised += joining ? 0 : 1;
        }
        return capitalised <= MAX_WORDS && !JOINING.contains(words[words.length - 1]);
    }

    /** A name with a word outlets are named with, or an agency's name: the publisher, where it heads the page. */
    static boolean isOutlet(String text) {
        if (Agencies.named(text).isPresent()) {
            return true;
        }
        String[] words = WORD_GAP.split(text.strip());
        if (words.length > MAX_OUTLET_WORDS || !isName(text)) {
            return false;
        }
        for (String word : words) {
            if (OUTLET_WORD.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
