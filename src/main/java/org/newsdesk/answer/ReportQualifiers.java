package org.newsdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.knowledge.Agencies;

/**
 * The words of a question that choose a report rather than ask about the news: "According to AFP, …",
 * "In the March 7 report, …", "did the first report say", "the latest count". Once {@link ReportFilter}
 * has read them they are taken out, so the rest is matched against the chosen report's sentences like
 * any other question. All patterns are bounded; questions are at most {@link Question#MAX_LENGTH} long.
 */
final class ReportQualifiers {

    private static final String REPORT = ReportFilter.REPORT;
    private static final String ORDER = "(?:latest|most\\s+recent|newest|freshest|updated|last|first|earliest|original"
            + "|initial|oldest|earlier|previous)";
    private static final String END = "(?:\\s*,\\s*|(?=\\s*[?.!]?\\s*$))";
    /** "In the March 7 report, …", "in the first report on the mine fire, …": its topic is kept ({@link #TOPIC}). */
    private static final Pattern IN_THE_REPORT = Pattern.compile("\\b(?:in|from)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?"
            + "[^,?.!]{0,40}?\\b" + REPORT + "(?:\\s+(?:of|from|dated|on|about)\\s+[^,?.!]{1,40}?)?" + END, Pattern.CASE_INSENSITIVE);
    /** What a report is on, when it is no day: "report on the potash mine fire", not "report on March 7". */
    private static final Pattern TOPIC = Pattern.compile("\\b" + REPORT + "\\s+(?:on|about)\\s+(?<topic>(?![^,?.!]*\\d)"
            + "(?![^,?.!]*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)[^,?.!]{1,40}?)" + END,
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> GENERAL = List.of(
            // "According to AFP, …", "… according to the latest report?", "Per Reuters, …"
            Pattern.compile("\\b(?:according\\s+to|per)\\s+[^,?.!]{1,60}?" + END, Pattern.CASE_INSENSITIVE),
            // "In the March 7 report, …", "From AFP's story, …", "in the report of 16 October?"
            IN_THE_REPORT,
            // "How many … did the first report say were …", "What does the latest story say about …"
            Pattern.compile("\\b(?:did|does|do)\\s+(?:the\\s+)?(?:" + ORDER + "\\s+)?(?:[^\\s?]{1,30}\\s+){0,3}?" + REPORT
                    + "\\s+(?:say|said|report|give|put\\s+it)\\b(?:\\s+(?:about|on|of))?\\s*", Pattern.CASE_INSENSITIVE),
            // "the latest count of …", "the first reported death toll": the count is asked for, the report is chosen
            Pattern.compile("(?<=\\bthe\\s)" + ORDER + "\\s+(?=(?:figures?|count|numbers?|tally|totals?|toll|death\\s+toll|estimates?)\\b)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:first|initially|originally|latest|most\\s+recently)\\s+reported\\s+", Pattern.CASE_INSENSITIVE));
    /** "What did AP report about …", with the name of an outlet the question names. */
    private static final String OUTLET_ASKED = "\\b(?:what|how)\\s+(?:did|does|do)\\s+(?:the\\s+)?%s\\s+(?:report|say|write)"
            + "(?:\\s+(?:about|on|of))?\\s*";
    /** "What death toll did the AP give …", "… did AFP put it at", "How many dead did AFP count": the outlet gives what is asked. */
    private static final String OUTLET_GAVE = "\\b(?:did|does|do)\\s+(?:the\\s+)?%s\\s+(?:give|report|say|put|state|estimate|cite"
            + "|count|tally|record)\\b\\s*";
    /** "… by the time AP filed its story": the report is chosen, not the time asked about. */
    private static final String OUTLET_FILED = "\\s*\\bby\\s+the\\s+time\\s+(?:the\\s+)?%s\\s+(?:filed|published|wrote|ran|sent|put\\s+out)"
            + "\\s+(?:its|the|their|a)\\s+" + REPORT + "\\b";
    /** "the AP report", "Reuters' story", "AFP reported that", "by Bloomberg": the outlet named in passing. */
    private static final String OUTLET_NAMED = "(?:\\b(?:the\\s+)?%1$s(?:['’]s?)?\\s+" + REPORT + "\\b"
            + "|%1$s\\s+(?:reports?|reported|says|said|writes|wrote)\\s+(?:that\\s+)?|\\b(?:by|from)\\s+(?:the\\s+)?%1$s\\b)\\s*";

    /** A "what" left before the question word of what is asked once the words choosing the report are gone. */
    private static final Pattern LEFTOVER_WH = Pattern.compile(
            "^what\\s+(?=(?:how|who|whom|whose|when|where|why|which|whether|if)\\b)", Pattern.CASE_INSENSITIVE);
    /** Commas and spaces left at the start or the end, or doubled, once the words around them are gone. */
    private static final Pattern LEFTOVER_COMMAS = Pattern.compile("^[\\s,]+|(?<=,)\\s*,|[\\s,]+(?=[?.!]?\\s*$)");

    private ReportQualifiers() {
    }

    /** The question without the words that choose its report, or as asked when it chooses none. */
    static String removedFrom(String question, ReportFilter filter) {
        if (!filter.namesReports() && filter.order() == ReportFilter.Order.ANY) {
            return question;
        }
        String rest = question;
        // the topic a qualifier names is part of the question: "… on the mine fire, how deep did it start?"
        List<String> topics = new ArrayList<>();
        Matcher inTheReport = IN_THE_REPORT.matcher(rest);
        while (inTheReport.find()) {
            Matcher topic = TOPIC.matcher(inTheReport.group());
            if (topic.find()) {
                topics.add(topic.group("topic").strip());
            }
        }
        for (Pattern qualifier : GENERAL) {
            rest = qualifier.matcher(rest).replaceAll("");
        }
        for (String outlet : outletNames(filter.outlets())) {
            Pattern word = Agencies.asWord(outlet);
            for (String form : List.of(OUTLET_ASKED, OUTLET_GAVE, OUTLET_FILED, OUTLET_NAMED)) {
                rest = Pattern.compile(String.format(form, word.pattern()), word.flags() | Pattern.CASE_INSENSITIVE)
                        .matcher(rest).replaceAll("");
            }
        }
        if (!filter.dayWords().isEmpty() && filter.namesReports()) {
            rest = Pattern.compile("(?:\\b(?:on|of|from|dated)\\s+)?" + Pattern.quote(filter.dayWords()), Pattern.CASE_INSENSITIVE)
                    .matcher(rest).replaceAll("");
        }
        rest = LEFTOVER_COMMAS.matcher(rest).replaceAll("").replaceAll("\\s{2,}", " ");
        // "What does the latest report say about how many …" leaves "What how many …": the question is the "how many"
        rest = LEFTOVER_WH.matcher(rest.strip()).replaceFirst("");
        if (rest.length() < 3) {
            return question;
        }
        rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        return topics.isEmpty() ? rest : rest + " (" + String.join(", ", topics) + ")";
    }

    /** Every name of the outlets a question names, as the question may have written them. */
    private static Set<String> outletNames(Set<String> outlets) {
        return Agencies.aliases().stream().filter(alias -> outlets.contains(alias.getValue()))
                .map(alias -> alias.getKey()).collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
