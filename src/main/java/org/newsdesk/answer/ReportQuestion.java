package org.newsdesk.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.knowledge.Agencies;

/**
 * A question about a report rather than about the news in it: which agency or outlet, who wrote it,
 * when it was published, where it was filed from, its headline, how old it is. Recognised by a short
 * list of rules, each a question word with a word for a report or a reporting verb, so why a question
 * was taken for one can be read off the rule it matched.
 *
 * @param aspect what is asked about the report
 * @param topic  the rest of the question, which tells which report is meant ("the prisoner exchange"), or empty
 */
record ReportQuestion(Aspect aspect, String topic) {

    /** What a question asks about a report. */
    enum Aspect {
        OUTLET, AUTHOR, EDITOR, CONTRIBUTOR, STAMP, PUBLISHED, PLACE, HEADLINE, AGE, SIGNATORY, NUMBER, CONTACT;

        /**
         * Whether only an official document or a release has it: a signature at its foot, a number in its designation, a
         * contact for further information.
         */
        boolean ofDocuments() {
            return this == SIGNATORY || this == NUMBER || this == CONTACT;
        }
    }

    private static final String REPORT = "(?:report|story|article|piece|dispatch|news item|item|coverage|copy|news|update|feature|brief|interview|live\\s+blog|(?:live|web)\\s*page|explainer|obituary|obituarie|bulletin|analysis|column|review|transcript|wire|abstract|poster"
            // a body's "release" alone, where it cannot be a prisoner's: "its release on the rescue", "the release issued"
            + "|(?:press|news)\\s+release|(?<=\\b(?:its|their)\\s)release|release(?=\\s+(?:on|about|issued|was\\s+issued"
            + "|put\\s+out)\\b)|statement|(?:service\\s+)?notice|advisory|announcement|alert|opinion"
            + "|(?:news|blog|web)\\s+post)s?";
    /** Whose report, and the words before its noun: "the", "this", "the Reuters", "Bloomberg's Genoa strike". */
    private static final String WHOSE = "(?:the|this|that|these|its|their"
            // an outlet's: "Bloomberg's Genoa strike story", "Reuters' report", "the Thompson Valley Record's byelection story",
            // "Oleum Weekly's piece"
            + "|(?:(?-i:\\p{Lu})[\\w.&-]*\\s+){0,3}[\\w.&-]+(?:['’]s|(?<=s)['’]))\\s+(?:[\\w’'-]+\\s+){0,5}?";
    /** The report meant: "the report", "this story", "it", "the Reuters article"… */
    private static final String THE_REPORT = "(?:" + WHOSE + REPORT + "|it|this|that)";
    /** An official document, which is signed and numbered: "the order", "the board's opinion", "the mayor's letter". */
    private static final String THE_DOCUMENT = "(?:" + WHOSE + "(?:(?:order|ordinance|decision|ruling|judge?ment|letter"
            + "|opinion|resolution|decree|directive|memorandum|proclamation|permit|licen[cs]e|certificate|citation|minutes"
            + "|circular)s?|" + REPORT + ")|it|this|that)";
    /** "What time", "at what time of day", "what time of the day". */
    private static final String WHAT_TIME = "what\\s+time(?:\\s+of\\s+(?:the\\s+)?day)?";
    private static final String OUTLET_NOUN = "(?:news\\s+)?(?:agency|agencies|outlet|outlets|wire\\s+service|news\\s+service"
            + "|news\\s+organi[sz]ation|publication|newspaper|paper|media\\s+outlet|broadcaster|publisher|source|website"
            // "Which news site ran the live updates?"
            + "|(?:news\\s+|web\\s*)?sites?"
            // "Which TV station ran the story?"
            + "|(?:(?:TV|television|radio|news)\\s+)?(?:station|channel|network)"
            // "Which government department put out the statement?": the body a statement or release is from
            + "|(?:government\\s+)?(?:department|ministry)|council)";
    private static final String REPORTING_VERB = "(?:report(?:ed|s|ing)?|publish(?:ed|es|ing)?|print(?:ed|s)?|wr(?:ote|ites|itten)|filed?|carried"
            + "|carries|covered|covers|broke|breaks|issued|ran|runs|sent|distributed|put\\s+out|aired|broadcast)";
    /** A police or council appeal, which is its release, after its determiner: "appeal", "witness appeal". */
    private static final String APPEAL = "(?:[\\w’'-]+\\s+)?appeal";
    /** A report coming out: "published", "came out", "appeared"… */
    private static final String CAME_OUT = "(?:come\\s+out|came\\s+out|appear(?:ed)?|go\\s+out|went\\s+out|get\\s+published)";
    private static final String PEOPLE = "(?:writers?|reporters?|journalists?|correspondents?|colleagues?|staffers?)";
    /** Where the people asked about worked from: "Which AP writer in Pokhara contributed …?" */
    private static final String PEOPLE_AT = PEOPLE + "(?:\\s+(?:in|from|at|based\\s+in)\\s+\\p{Lu}[\\w’'-]*(?:\\s+\\p{Lu}[\\w’'-]*)?)?";

    /** Any known agency by any of its names, as a whole word; the short ones ("AP") only as written. */
    private static final String AGENCY = "(?<![\\p{L}\\p{N}])(?:" + String.join("|", Agencies.aliases().stream()
            .map(alias -> Agencies.isAcronym(alias.getKey()) ? "(?-i:" + Pattern.quote(alias.getKey()) + ")"
                    : Pattern.quote(alias.getKey())).toList()) + ")(?![\\p{L}\\p{N}])";

    /** A rule: the aspect it recognises and the words that say so. */
    private record Rule(Aspect aspect, Pattern words) {
        Rule(Aspect aspect, String words) {
            this(aspect, Pattern.compile(words, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
    }

    private static final List<Rule> RULES = List.of(
            // "Which agency reported the prisoner exchange?", "What outlet published this story?"
            new Rule(Aspect.OUTLET, "\\b(?:which|what)\\s+" + OUTLET_NOUN + "(?:['’]s)?\\s+(?:(?:first\\s+|originally\\s+)?"
                    + REPORTING_VERB + "|" + REPORT + ")\\b"),
            // "Who published the report?", "Who is the publisher of this article?"
            // "Which organisation issued the statement about the bat?": a statement's issuer is its publisher
            new Rule(Aspect.OUTLET, "\\b(?:which|what)\\s+(?:organi[sz]ation|body|authority|institution|office)\\s+"
                    + "(?:issued|released|put\\s+out|published|sent\\s+out)\\s+(?:the|this|its|that)\\s+(?:statement|(?:press\\s+)?release"
                    + "|notice|advisory|alert|announcement)\\b"),
            // (of a report, not of anything: "who carried the letter to Putin?" asks for a person)
            new Rule(Aspect.OUTLET, "\\bwho\\s+(?:published|publishes|put\\s+out|carried|distributed)\\s+(?:" + THE_REPORT
                    // a police or council appeal is its release: "Who put out the appeal about the stolen hives?"
                    + "|(?:the|this|that|its)\\s+" + APPEAL + ")\\b|\\bwho\\s+(?:published|put\\s+out|carried|distributed)\\s*\\??\\s*$"
                    + "|\\bwho\\s+(?:is|was)\\s+the\\s+publisher\\b"),
            // "Whose report is this?", "From which agency is the story?", "What is the source of the article?",
            // "According to which agency …?", "Name the agency that reported …", "Is the story from Reuters or AP?"
            new Rule(Aspect.OUTLET, "\\bwhose\\s+" + REPORT + "\\b|\\b(?:from|by|to)\\s+(?:which|what)\\s+" + OUTLET_NOUN + "\\b"
                    + "|\\b" + OUTLET_NOUN + "\\s+(?:that|which|who)\\s+(?:first\\s+)?" + REPORTING_VERB + "\\b"
                    + "|\\b(?:which|what)\\s+" + OUTLET_NOUN + "\\s+(?:is|was)\\s+(?:the\\s+)?source\\b"
                    + "|\\b(?:is|was)\\s+" + THE_REPORT + "[^?]{0,80}?\\bfrom\\s+(?:the\\s+)?[\\w.&-]+\\s+or\\s+(?:the\\s+)?[\\w.&-]+\\s*\\??\\s*$"
                    + "|\\b" + OUTLET_NOUN + "\\s+(?:is\\s+|was\\s+)?(?:of|behind|for)\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:which|what)\\s+" + OUTLET_NOUN + "\\s+(?:is|was)\\s+" + THE_REPORT + "\\s+from\\b"
                    // "In which publication did the cork story appear?", "Which paper did the story run in?"
                    + "|\\b(?:which|what)\\s+" + OUTLET_NOUN + "\\s+(?:did|does)\\s+" + THE_REPORT
                    + "\\s+(?:appear|run|come\\s+out|get\\s+published)\\b"),
            // "Who edited the Reuters report?", "Who was the editor of the story?"
            new Rule(Aspect.EDITOR, "\\bwho\\s+(?:edited|was\\s+the\\s+editor\\s+of|were\\s+the\\s+editors\\s+of|is\\s+the\\s+editor\\s+of)\\s+"
                    + THE_REPORT + "\\b"
                    // "the editor responsible for the Bloomberg story", as Bloomberg's sign-off calls them
                    + "|\\beditors?\\s+(?:of|for|on|responsible\\s+for|in\\s+charge\\s+of)\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:which|what)\\s+editors?\\b"),
            // "Which AP writer contributed to the flood story?", "Who contributed to the report?", "Which journalist helped
            // with the story?"
            new Rule(Aspect.CONTRIBUTOR, "\\bwho\\s+(?:else\\s+)?(?:contributed|assisted|helped)\\s+(?:to|with|on)\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:which|what)\\s+(?:[\\w’'-]+\\s+){0,2}?" + PEOPLE_AT + "\\s+(?:contributed|helped|assisted)\\b"
                    // "Which Reuters journalist added reporting from London?"
                    + "|\\b(?:contributed|added|provided|supplied)\\s+(?:additional\\s+|extra\\s+|further\\s+)?reporting\\b"
                    + "|\\bcontributors?\\s+(?:to|of|on)\\s+" + THE_REPORT + "\\b|\\badditional\\s+reporting\\b"),
            // "Who wrote the report?", "Who wrote about the flood?", "Who reported the story?", "By whom was it written?",
            // "Which reporter covered the floods?", "Who is credited with writing the story?"
            new Rule(Aspect.AUTHOR, "\\bwho\\s+(?:wrote|authored|penned|filed|reported|covered|conducted|is\\s+the\\s+author|are\\s+the\\s+authors"
                    + "|was\\s+the\\s+author|were\\s+the\\s+authors)\\s+(?:of\\s+)?(?:" + THE_REPORT + "|about)\\b"
                    + "|\\bby\\s+whom\\b|\\bcredited\\s+with\\s+(?:writing|reporting)\\b"
                    + "|\\b(?:which|what)\\s+(?:[\\w’'-]+\\s+)?" + PEOPLE_AT + "\\s+(?:wrote|reported|covered|filed|authored)\\b"
                    // "Who reported the diamond sale for Reuters?": whoever did it for an agency wrote its report
                    + "|\\bwho\\s+(?:wrote|reported|covered|filed)\\s+[^?]{1,80}?\\bfor\\s+(?:the\\s+)?" + AGENCY),
            // "Who is the reporter behind this story?", "Whose byline is on the article?", "Name the author of the report"
            new Rule(Aspect.AUTHOR, "\\b(?:author|authors|byline|reporter|reporters|correspondent|journalist|journalists|writer|writers)"
                    + "\\s+(?:of|for|behind|on|who\\s+wrote)\\s+" + THE_REPORT + "\\b|\\b(?:whose|what|which)\\s+byline\\b"
                    + "|\\bwho\\s+(?:wrote|authored)\\s*\\??\\s*$"),
            // "At what time was the story last updated?", "When was it last modified?", "What time was the notice
            // issued?", "When did the site first put its story online?": the time of day its date stamps give
            new Rule(Aspect.STAMP, "\\b(?:" + WHAT_TIME + "|when)\\s+(?:was|were|is)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?"
                    + "\\s+(?:last\\s+|first\\s+|most\\s+recently\\s+)?(?:updated|modified)\\b"
                    + "|\\b" + WHAT_TIME + "\\s+(?:was|were|is)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?"
                    + "\\s+(?:first\\s+)?(?:published|issued|posted|released|filed|put\\s+(?:out|online|up))\\b"
                    + "|\\b" + WHAT_TIME + "\\s+did\\s+[^?]{1,60}?\\b(?:publish|post|issue|release|file|update|put\\s+out)\\s+" + THE_REPORT + "\\b"
                    // (when a report went online, not what was put online: "what did the group put online?" is news)
                    + "|\\bwhen\\s+did\\s+[^?]{1,60}?\\b(?:first\\s+)?(?:put|post)\\s+" + THE_REPORT
                    + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?\\s+online\\b"),
            // "When was the report published?", "When did Reuters publish its story?", "When was it filed?",
            // "On what date did AFP publish its report on …?"
            new Rule(Aspect.PUBLISHED, "\\bwhen\\s+(?:was|were|is)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?"
                    + "\\s+(?:first\\s+)?(?:published|written|filed|released|dated|issued|posted|put\\s+out|sent|out)\\b"
                    + "|\\b(?:when|(?:on\\s+)?(?:what|which)\\s+(?:date|day))\\s+did\\s+[^?]{1,60}?\\b(?:publish|file|release|put\\s+out"
                    + "|run|write|post|issue|send\\s+out)\\s+(?:" + THE_REPORT + "|about)\\b"
                    // "On what date did APA put the wolf story out?"
                    + "|\\b(?:when|(?:on\\s+)?(?:what|which)\\s+(?:date|day))\\s+did\\s+[^?]{1,60}?\\b(?:put|send|get)\\s+"
                    + THE_REPORT + "\\s+out\\b"
                    // "On what date did the police post their appeal about the otter?": an appeal posted or issued is a
                    // release (one filed or lodged is a court's, a question of fact)
                    + "|\\b(?:when|(?:on\\s+)?(?:what|which)\\s+(?:date|day))\\s+did\\s+[^?]{1,60}?\\b(?:post|issue|publish|put\\s+out)"
                    + "\\s+(?:the|this|that|its|their)\\s+" + APPEAL + "\\b"
                    + "|\\bwhen\\s+(?:did|does)\\s+" + THE_REPORT + "(?:\\s+(?:about|on|with)\\s+[^?]{1,80}?)?\\s+" + CAME_OUT + "\\b"
                    // "On what date did Reuters report Nordvik's results?": an agency reports by publishing (a company
                    // that "reports" its results is no agency, so "when did Nordvik report …" stays a question of fact)
                    + "|\\b(?:when|(?:on\\s+)?(?:what|which)\\s+(?:date|day))\\s+did\\s+(?:the\\s+)?" + AGENCY
                    + "\\s+(?:report|cover|break)\\b"),
            // "What is the date of the report?", "What is its publication date?", "What date was the story published?",
            // "What date is on the story?"
            new Rule(Aspect.PUBLISHED, "\\b(?:date|day)\\s+(?:(?:is|was)\\s+)?(?:of|on)\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:publication|release|filing|publishing)\\s+date\\b|\\bdate\\s+of\\s+(?:publication|release)\\b"
                    + "|\\b(?:what|which)\\s+(?:date|day)\\s+(?:was|is|did)\\s+" + THE_REPORT + "\\b"
                    + "|\\bwhen\\s+(?:was|is)\\s+" + THE_REPORT + "\\s+from\\b"),
            // "Where was the report filed from?", "Where is the story datelined?", "What is the dateline?"
            new Rule(Aspect.PLACE, "\\bwhere\\s+(?:was|is|were)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?"
                    + "\\s+(?:filed|datelined|written|reported|sent|published)\\b"
                    + "|\\bdateline[sd]?\\b|\\b(?:where|(?:from|in)\\s+(?:which|what)\\s+(?:city|place|town))\\s+did\\s+[^?]{1,60}?\\bfile\\b"
                    + "|\\b(?:which|what)\\s+(?:city|place|town|country)\\s+(?:was|is)\\s+" + THE_REPORT + "\\s+(?:filed|written|sent|datelined)\\b"
                    + "|\\bfrom\\s+(?:which|what)\\s+(?:city|place|town)\\s+(?:was|is)\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:which|what)\\s+(?:city|place|town)\\s+(?:does|did)\\s+" + THE_REPORT + "[^?]{0,80}?\\bcome\\s+from\\b"),
            // "What is the headline?", "What was the story headlined?", "What is the title of the article?"
            new Rule(Aspect.HEADLINE, "\\bheadline[sd]?\\b|\\btitle\\s+of\\s+" + THE_REPORT + "\\b"
                    + "|\\b(?:what|what's|what\\s+is|what\\s+was)\\s+(?:the|its)\\s+title\\s*\\??\\s*$"
                    + "|\\b(?:the|its)\\s+title\\s+of\\b|\\b" + REPORT + "['’]s\\s+title\\b"
                    + "|\\b(?:what|which)\\s+title\\s+(?:did|does|was|is)\\s+" + THE_REPORT + "\\b"
                    + "|\\bwhat(?:['’]s|\\s+is|\\s+was)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?\\s+(?:called|titled|entitled)\\b"),
            // "How old is the report?", "How recent is this story?", "How long ago was it published?"
            new Rule(Aspect.AGE, "\\bhow\\s+(?:old|recent|new|fresh|current|up[\\s-]to[\\s-]date)\\s+(?:is|are)\\s+" + THE_REPORT + "\\b"
                    + "|\\bhow\\s+long\\s+ago\\s+(?:was|were|did)\\s+[^?]{0,60}?\\b(?:published|written|filed|released|issued|posted"
                    // "How long ago did the radio station put out its item?"
                    + "|aired|broadcast|carried|publish|file|release|issue|post|put\\s+out|run|air|carry|" + CAME_OUT + ")\\b"
                    + "|\\bhow\\s+many\\s+(?:days|weeks|months)\\s+(?:old|ago)\\b"
                    + "|\\b(?:is|was)\\s+" + THE_REPORT + "(?:\\s+(?:about|on)\\s+[^?]{1,80}?)?\\s+(?:recent|new|old|current|up[\\s-]to[\\s-]date|still\\s+current)\\s*\\??\\s*$"),
            // who signed a document and the number it carries, as its foot and its designation give them: "Who signed
            // the board's opinion?", "Whose signature is on the order?"; "What number does the opinion carry?"
            new Rule(Aspect.SIGNATORY, "\\bwho\\s+(?:signed|has\\s+signed|had\\s+signed|put\\s+(?:his|her|their)\\s+names?\\s+to)"
                    + "\\s+(?:off\\s+on\\s+)?" + THE_DOCUMENT + "\\b"
                    + "|\\bwhose\\s+(?:signature|name)\\s+(?:is|was|appears|stands)\\s+(?:on|under|at\\s+the\\s+(?:foot|bottom|end)\\s+of)\\s+"
                    + THE_DOCUMENT + "\\b"
                    + "|\\bwho\\s+(?:is|was)\\s+" + THE_DOCUMENT + "(?:\\s+(?:to|from|about|on|of)\\s+[^?]{1,60}?)?\\s+signed\\s+by\\b"
                    + "|\\b(?:signatory|signatories|signer|signed)\\s+(?:of|to|on|under)\\s+" + THE_DOCUMENT + "\\b"),
            new Rule(Aspect.NUMBER, "\\b(?:what|which)\\s+(?:reference\\s+|serial\\s+|document\\s+)?(?:number|no\\.?)\\s+(?:does|did|is|was)\\s+"
                    + THE_DOCUMENT + "\\b"
                    + "|\\b(?:reference\\s+|serial\\s+|document\\s+)?number\\s+(?:of|on)\\s+" + THE_DOCUMENT + "\\s*\\??\\s*$"
                    + "|\\b" + THE_DOCUMENT + "['’]s\\s+(?:reference\\s+|serial\\s+)?number\\b"),
            // whom a release gives as its contact: "Who is given as the contact for further information in the release?",
            // "Who is the press contact?", "who should journalists contact (call, phone) about the rescue?"
            new Rule(Aspect.CONTACT, "\\bwho\\s+(?:is|are|was|were)\\s+(?:given|named|listed)\\s+as\\s+(?:the\\s+)?(?:media\\s+|press\\s+)?contacts?\\b"
                    + "|\\bwho\\s+(?:is|are|was|were)\\s+the\\s+contacts?\\s+(?:for|on|in|of)\\s+" + THE_DOCUMENT + "\\b"
                    + "|\\b(?:media|press)\\s+contacts?\\b|\\bcontact\\s+(?:person|details)\\b"
                    + "|\\bcontact\\s+for\\s+(?:further|more)\\s+information\\b"
                    + "|\\bwho\\s+(?:should|can|do|could)\\s+(?:i|we|journalists|reporters|readers|the\\s+media|the\\s+press)\\s+"
                    // "Who should journalists call at the park about the accident?"
                    + "(?:contact|call|phone|ring|e-?mail|get\\s+in\\s+touch\\s+with)\\b"));

    /** Words that only frame a question about a report, left out of its topic: the rules' words and little words. */
    private static final Pattern FRAME = Pattern.compile("\\b(?:"
            + "the|this|that|these|its|their|a|an|of|on|about|from|in|for|by|is|was|were|are|be|been|being|did|do|does|it|to"
            + "|what|what's|which|who|whom|whose|when|where|how|please|tell|me|us|give|name|first|originally|ago|long|old"
            + "|recent|new|fresh|current|up|date|day|days|weeks|months|many|city|place|town|country"
            + "|reports?|reported|reporting|stor(?:y|ies)|articles?|pieces?|dispatch(?:es)?|news|items?|coverage|copy|updates?"
            + "|features?|briefs?|interviews?|conducted|blogs?|live|pages?|explainers?|obituar(?:y|ies)|bulletins?|analysis"
            + "|columns?|reviews?|transcripts?|abstracts?|posters?|releases?|statements?|notices?|advisor(?:y|ies)|announcements?|alerts?|government|departments?"
            + "|ministr(?:y|ies)|councils?"
            + "|publish(?:ed|es|ing)?|print(?:ed|s)?|publication|publisher|written|wrote|write|writes|authored|penned|filed|file|released"
            + "|release|issued|posted|put|out|sent|carried|carries|covered|covers|broke|ran|run|distributed|dated"
            + "|agency|agencies|outlets?|publications?|newspapers?|paper|source|wire|service|organi[sz]ation|media|broadcaster"
            + "|website|sites?|web|tv|television|radio|stations?|channels?|networks?|aired|broadcast"
            + "|authors?|byline|reporters?|correspondents?|journalists?|writers?|colleagues?|staffers?|behind|dateline[sd]?|headline[sd]?|title"
            + "|edited|editors?|contribut(?:ed|ors?|ing)|additional|added|provided|supplied|extra|further|assist(?:ed|ance)"
            + "|helped|with"
            + "|come|came|appear(?:ed)?|go|went|get|called|titled|entitled|credited|writing|according|source|whom|still|or|name"
            + "|responsible|charge|named|as|organi[sz]ation|time|exactly|last|most|recently|updated?|modified|online|at"
            + "|signed|signature|signatory|signer|number|carry|bear|has|have|reference|serial|document"
            + "|contacts?|given|listed|information|person|details|should|can|could|journalists|readers|press"
            + "|call|phone|ring|e-?mail|touch"
            + ")\\b", Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> AGENCY_NAMES = Agencies.aliases().stream()
            .map(alias -> Agencies.asWord(alias.getKey())).toList();

    /** The question read as one about a report, or empty when it asks about the news. */
    static Optional<ReportQuestion> of(String question) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.words().matcher(question);
            if (matcher.find()) {
                return Optional.of(new ReportQuestion(rule.aspect(), topicOf(question)));
            }
        }
        return Optional.empty();
    }

    /**
     * What is left of the question once the words that frame it, and the names of agencies (which
     * choose reports by outlet, see {@link ReportFilter}), are gone: "the prisoner exchange" gives
     * "prisoner exchange".
     */
    private static String topicOf(String question) {
        String words = question;
        for (Pattern agency : AGENCY_NAMES) {
            words = agency.matcher(words).replaceAll(" ");
        }
        words = FRAME.matcher(words.replaceAll("['’]s\\b", "").replaceAll("[^\\p{L}\\p{N}’'\\s-]", " ")).replaceAll(" ");
        return String.join(" ", words.strip().split("\\s+")).strip();
    }
}
