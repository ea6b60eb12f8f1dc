package org.newsdesk.answer;

import dev.langchain4j.rag.content.Content;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsdesk.facts.Events;
import org.newsdesk.index.LexicalIndex;
import org.newsdesk.index.Passage;
import org.newsdesk.index.Snapshot;
import org.newsdesk.knowledge.Agencies;
import org.newsdesk.knowledge.Article;
import org.newsdesk.knowledge.ArticleMetadata;
import org.newsdesk.knowledge.ContactBlock;
import org.newsdesk.knowledge.Designation;
import org.newsdesk.knowledge.MonthNames;
import org.newsdesk.knowledge.SignatureBlock;
import com.ibm.icu.text.ListFormatter;
import org.newsdesk.prompts.Byline;
import org.newsdesk.prompts.Messages;
import org.newsdesk.retrieval.PassageContent;
import org.newsdesk.retrieval.RetrievalChain;

/**
 * Answers a question about a report (which agency, who wrote it, when and where it was filed, its
 * headline, its age) from the report's metadata. The report is the one the question's topic leads to
 * through retrieval, among those it names by outlet or date. The quote is what the article says of
 * itself, verbatim: its dateline, byline or sign-off; else its headline line, else its first sentence.
 */
final class MetadataAnswers {

    /** A question about every report of a story: "which outlets…", "what agencies…", "who all reported…". */
    private static final Pattern SEVERAL = Pattern.compile("\\b(?:which|what)\\s+(?:news\\s+)?(?:agencies|outlets|newspapers"
            + "|papers|publications|media|news\\s+organi[sz]ations|wire\\s+services|reporters|journalists|writers)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A question for the agency of a report, or its wire: "which news agency …", "what wire service …", "the flood wire". */
    private static final Pattern AGENCY_ASKED = Pattern.compile("\\b(?:agency|wire)\\b", Pattern.CASE_INSENSITIVE);

    /** A stamp or a question about the report's update. */
    private static final Pattern UPDATED = Pattern.compile("\\b(?:updat|modified)", Pattern.CASE_INSENSITIVE);
    /** A stamp of when a report first came out. */
    private static final Pattern FIRST_OUT = Pattern.compile("\\b(?:first|published|posted|issued|released)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The score a source quoting the report's own metadata gets: it answers by construction. */
    private static final double METADATA_SCORE = 1.0;

    private final Clock clock;

    MetadataAnswers(Clock clock) {
        this.clock = clock;
    }

    /** The answer to a question about a report, or empty when the question is about the news. */
    Optional<Answer> answer(Question question, String text, ReportFilter filter, RetrievalChain chain, Messages messages) {
        Optional<ReportQuestion> asked = ReportQuestion.of(text);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Snapshot snapshot = chain.snapshot();
        Locale locale = question.readerLanguage().locale();
        List<Article> allowed = filter.allowed(snapshot);
        if (allowed.isEmpty()) {
            return Optional.of(unanswered(question, messages.text(locale, filter.noSuchReportMessage(), filter.described(locale))));
        }
        // the day that chose the report ("the Monday report") says nothing of its story, which a later report may tell of
        String topic = filter.dayStated() ? Pattern.compile(Pattern.quote(filter.dayWords()), Pattern.CASE_INSENSITIVE)
                .matcher(asked.get().topic()).replaceAll(" ").strip() : asked.get().topic();
        List<Article> reports = reports(topic, question, allowed, filter, chain);
        ReportQuestion.Aspect aspect = asked.get().aspect();
        if (aspect.ofDocuments() && reports.stream().noneMatch(report -> documentHas(aspect, report))) {
            // "who signed the letter to the minister?" asks of a letter the news tells of, unless a stored one is signed
            return Optional.empty();
        }
        if (reports.isEmpty()) {
            return Optional.of(unanswered(question, messages.text(locale, "answer.not-found")));
        }
        return Optional.of(described(question, aspect, reports, snapshot, messages));
    }

    /** Whether the report has what only an official document has: the signature or the number asked for. */
    private static boolean documentHas(ReportQuestion.Aspect aspect, Article report) {
        return switch (aspect) {
            case SIGNATORY -> SignatureBlock.at(report.body()).isPresent();
            case CONTACT -> ContactBlock.at(report.body()).isPresent();
            default -> Designation.numberIn(report.metadata().title()).isPresent();
        };
    }

    /**
     * The reports meant: the one the topic leads to (for "latest" or "first", the newest or oldest of
     * those about the topic); without a topic, the one an earlier question of the conversation leads
     * to; failing that, every report allowed, newest first.
     */
    private List<Article> reports(String topic, Question question, List<Article> allowed, ReportFilter filter,
                                  RetrievalChain chain) {
        boolean fromConversation = topic.isEmpty() && !question.earlier().isEmpty();
        String about = fromConversation ? question.earlier().get(question.earlier().size() - 1) : topic;
        List<Article> newestFirst = new ArrayList<>(allowed);
        newestFirst.sort(Comparator.comparing((Article a) -> a.metadata().published(),
                Comparator.nullsLast(Comparator.reverseOrder())));
        if (about.isEmpty()) {
            return filter.order() == ReportFilter.Order.EARLIEST ? List.of(newestFirst.get(newestFirst.size() - 1))
                    : filter.order() == ReportFilter.Order.LATEST || allowed.size() == 1 ? List.of(newestFirst.get(0))
                    : newestFirst.subList(0, Math.min(newestFirst.size(), ReportTuning.MAX_REPORTS_DESCRIBED));
        }
        List<String> names = Specifics.namesIn(fromConversation ? about : question.text()).stream()
                .filter(name -> (fromConversation || about.contains(name)) && !dateWord(name)).toList();
        List<Article> matching = about(about, names, allowed, chain, !fromConversation);
        if (matching.isEmpty() && allowed.size() < chain.snapshot().articles().size()) {
            // "the AP story about the coach crash": the AP report need not say "crash" where another report of the
            // event does; the topic leads to the event, and the outlet or date to its report
            List<Article> anyReport = about(about, names, chain.snapshot().articles(), chain, !fromConversation);
            if (!anyReport.isEmpty()) {
                Set<Article> event = Events.sameEventAs(anyReport.get(0), chain.snapshot().articles(), chain.snapshot());
                matching = allowed.stream().filter(event::contains).toList();
            }
        }
        if (!matching.isEmpty() && filter.order() == ReportFilter.Order.ANY && SEVERAL.matcher(question.text()).find()) {
            // "which outlets reported on the fire?": every report of the event the topic leads to, newest first
            Set<Article> event = Events.sameEventAs(matching.get(0), matching, chain.snapshot());
            return newestFirst.stream().filter(event::contains).limit(ReportTuning.MAX_REPORTS_DESCRIBED).toList();
        }
        if (matching.isEmpty() || filter.order() == ReportFilter.Order.ANY) {
            return matching.isEmpty() ? List.of() : List.of(agencyReportIfAsked(question, matching, allowed, chain));
        }
        // "the first report on the coin theft": the first report of the event the topic leads to, whether or not it
        // uses the topic's words, and not of every report that shares a word with it (a feature's "coins dropped into
        // collection tins")
        Set<Article> event = Events.sameEventAs(matching.get(0), allowed, chain.snapshot());
        List<Article> reports = allowed.stream().filter(event::contains).toList();
        Comparator<Article> byDate = Comparator.comparing(a -> a.metadata().published(), Comparator.nullsFirst(Comparator.naturalOrder()));
        return List.of(filter.order() == ReportFilter.Order.LATEST ? reports.stream().max(byDate).get()
                : reports.stream().filter(a -> a.metadata().published() != null).min(byDate).orElse(reports.get(0)));
    }

    /**
     * The report the topic leads to, but for "which news agency reported …?" an agency's report of the same event when
     * that one is a paper's or a site's: the reader asks for the wire, not for whoever retold it.
     */
    private static Article agencyReportIfAsked(Question question, List<Article> matching, List<Article> allowed,
                                               RetrievalChain chain) {
        Article best = matching.get(0);
        if (!AGENCY_ASKED.matcher(question.text()).find() || fromAgency(best)) {
            return best;
        }
        // the wire of the event, though it may not use every word of the topic ("the fiesta poisoning wire")
        Set<Article> event = Events.sameEventAs(best, allowed, chain.snapshot());
        return Stream.concat(matching.stream(), allowed.stream()).filter(event::contains)
                .filter(MetadataAnswers::fromAgency).findFirst().orElse(best);
    }

    private static boolean fromAgency(Article article) {
        return Agencies.named(article.metadata().publisher()).isPresent();
    }

    /** A month or a day of the week: capitalised, but it names no story ("the March story on the floods"). */
    private static boolean dateWord(String word) {
        return MonthNames.of(word).isPresent() || Arrays.stream(DayOfWeek.values())
                .anyMatch(day -> day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(word));
    }

    /**
     * The allowed reports about a topic, best match first: in retrieval's order, each holding enough of the
     * topic's words, or every name the topic gives; and when some report holds those names, only such reports.
     */
    private static List<Article> about(String topic, List<String> names, List<Article> allowed, RetrievalChain chain,
                                       boolean mustCover) {
        Snapshot snapshot = chain.snapshot();
        Set<String> documents = new HashSet<>();
        allowed.forEach(article -> documents.add(article.document()));
        Set<Article> ordered = new LinkedHashSet<>();
        for (Content content : chain.retrieve(topic)) {
            Article article = snapshot.passage(PassageContent.passageIndex(content)).article();
            if (documents.contains(article.document())) {
                ordered.add(article);
            }
        }
        if (allowed.size() <= ReportTuning.MAX_REPORTS_RESCORED) {
            ordered.addAll(allowed);
        }
        LexicalIndex lexical = snapshot.lexical();
        // the words as written: "the takeover story" is not any report that holds "take" and "over"
        Set<String> words = lexical.wordTerms(topic);
        // a word no report uses ("Portuguese" where they say "Portugal") cannot tell reports apart; one only a report's
        // credits use can ("which Reuters journalist added reporting from London?")
        Map<Article, Set<String>> credits = new HashMap<>();
        ordered.forEach(article -> credits.put(article, metadataTerms(article, lexical)));
        Set<String> inCredits = new HashSet<>();
        credits.values().forEach(inCredits::addAll);
        Predicate<String> used = term -> lexical.passagesWith(term) > 0 || inCredits.contains(term);
        Set<String> wanted = new HashSet<>(words);
        wanted.removeIf(used.negate());
        // each name as any of its spellings ("the UK" is held by "Britain", "Portuguese" by "Portugal"), among
        // those some report uses
        List<Set<String>> nameSpellings = names.stream().map(name -> {
            Set<String> spellings = new HashSet<>();
            Specifics.spellings(name).forEach(spelling -> spellings.addAll(lexical.wordTerms(spelling)));
            spellings.removeIf(used.negate());
            return spellings;
        }).filter(spellings -> !spellings.isEmpty()).toList();
        Map<Article, Set<String>> held = new HashMap<>();
        ordered.forEach(article -> held.put(article, heldBy(article, credits.get(article), snapshot)));
        Predicate<Article> namesAll = article -> nameSpellings.stream()
                .allMatch(spellings -> spellings.stream().anyMatch(held.get(article)::contains));
        // a name tells the story ("the Fjellvik takeover story"): a report that lacks it, when another holds it, is another story
        boolean someNamesAll = !nameSpellings.isEmpty() && ordered.stream().anyMatch(namesAll);
        List<Article> covering = ordered.stream()
                .filter(article -> !someNamesAll || namesAll.test(article))
                .filter(article -> !mustCover || words.isEmpty() || someNamesAll
                        || share(wanted, held.get(article), lexical) >= ReportTuning.TOPIC_COVERAGE).toList();
        // a story is named by its headline's words: "the story on Storm Ilda" is the one headlined "Storm Ilda kills 12"
        Map<Article, Double> byHeadline = new HashMap<>();
        covering.forEach(article -> byHeadline.put(article,
                share(wanted, lexical.terms(article.metadata().title()), lexical)));
        return covering.stream().sorted(Comparator.comparingDouble(article -> -byHeadline.get(article))).toList();
    }

    /** The share of the words, weighted by rarity, among the terms held; none of no words. */
    private static double share(Set<String> words, Set<String> held, LexicalIndex lexical) {
        double total = words.stream().mapToDouble(lexical::idf).sum();
        return total == 0 ? 0 : words.stream().filter(held::contains).mapToDouble(lexical::idf).sum() / total;
    }

    /** The terms of a report's title, dateline, byline and other metadata (given), and of its text. */
    private static Set<String> heldBy(Article article, Set<String> metadataTerms, Snapshot snapshot) {
        Set<String> held = new HashSet<>(metadataTerms);
        snapshot.passagesOf(article).forEach(passage -> held.addAll(snapshot.lexical().terms(passage.text())));
        return held;
    }

    /** The terms of a report's title, dateline, byline and other metadata. */
    private static Set<String> metadataTerms(Article article, LexicalIndex lexical) {
        ArticleMetadata metadata = article.metadata();
        return lexical.terms(String.join(" ", metadata.title(), metadata.byline(), metadata.dateline(), metadata.place(),
                metadata.publisher(), metadata.signOff()));
    }

    /** What each report says of the aspect asked about, one sentence each, citing what the article says of itself. */
    private Answer described(Question question, ReportQuestion.Aspect aspect, List<Article> reports, Snapshot snapshot,
                             Messages messages) {
        Locale locale = question.readerLanguage().locale();
        Byline byline = new Byline(messages, locale, LocalDate.now(clock));
        List<String> sentences = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Article report : reports) {
            ArticleMetadata metadata = report.metadata();
            Map<String, String> values = values(report, byline);
            String stamp = stampAsked(question.text(), metadata.stamps());
            values.put("stamp", stamp);
            // a report with no date stamp tells its day, when it has one, though not the time
            ReportQuestion.Aspect told = aspect == ReportQuestion.Aspect.STAMP && stamp.isEmpty()
                    ? ReportQuestion.Aspect.PUBLISHED : aspect;
            // the foot and the designation are read only when asked for: most reports have neither
            if (told == ReportQuestion.Aspect.SIGNATORY) {
                values.put("signatory", SignatureBlock.at(report.body())
                        .map(block -> block.post().isEmpty() ? block.name() : block.name() + ", " + block.post()).orElse(""));
            } else if (told == ReportQuestion.Aspect.NUMBER) {
                values.put("number", Designation.numberIn(metadata.title()).orElse(""));
            } else if (told == ReportQuestion.Aspect.CONTACT) {
                values.put("contact", ContactBlock.at(report.body()).map(ContactBlock::contact).orElse(""));
            }
            boolean known = switch (told) {
                case OUTLET -> !metadata.publisher().isEmpty();
                case AUTHOR -> !metadata.authors().isEmpty();
                case EDITOR -> !metadata.credits().editors().isEmpty();
                case CONTRIBUTOR -> !metadata.credits().contributors().isEmpty();
                case STAMP -> true;
                case PUBLISHED, AGE -> metadata.published() != null;
                case PLACE -> !metadata.place().isEmpty();
                case HEADLINE -> true;
                case SIGNATORY, NUMBER, CONTACT -> documentHas(told, report);
            };
            String message = "report." + told.name().toLowerCase(Locale.ROOT)
                    + (known ? "" : "-unknown") + (told == ReportQuestion.Aspect.HEADLINE && isLead(report, snapshot) ? "-lead" : "");
            sentences.add(messages.text(locale, message, values));
            if (known) {
                sources.add(new Source(report.document(), report.title(), metadata.publisher(), metadata.published(),
                        told == ReportQuestion.Aspect.STAMP ? stamp : quote(told, report, snapshot), METADATA_SCORE));
            }
        }
        return new Answer(question.text(), String.join(" ", sentences), !sources.isEmpty(), sources, Mode.EXTRACTIVE, "", 0);
    }

    /**
     * The date stamp a question asks for: the update's when it asks when the report was updated, else the first
     * publication's ("First published: …", "Issued: …") when there is one, else the first stamp; empty when the report
     * has none.
     */
    static String stampAsked(String question, List<String> stamps) {
        if (stamps.isEmpty()) {
            return "";
        }
        Pattern wanted = UPDATED.matcher(question).find() ? UPDATED : FIRST_OUT;
        return stamps.stream().filter(stamp -> wanted.matcher(stamp).find()).findFirst()
                .orElse(wanted == UPDATED ? stamps.get(0) : stamps.stream().filter(stamp -> !UPDATED.matcher(stamp).find())
                        .findFirst().orElse(stamps.get(0)));
    }

    private static Map<String, String> values(Article report, Byline byline) {
        ArticleMetadata metadata = report.metadata();
        Map<String, String> values = new HashMap<>();
        values.put("title", metadata.title());
        values.put("publisher", metadata.publisher());
        values.put("authors", listed(metadata.authors(), byline.locale()));
        values.put("editors", listed(metadata.credits().editors(), byline.locale()));
        values.put("contributors", listed(metadata.credits().contributors(), byline.locale()));
        values.put("place", metadata.place());
        LocalDate published = metadata.published();
        values.put("date", published == null ? "" : DateStyle.of(report) == DateStyle.MONTH_FIRST
                ? Byline.dayMonthFirst(byline.locale(), published) : Byline.day(byline.locale(), published));
        values.put("age", published == null ? "" : byline.age(published));
        return values;
    }

    /** "Jane Doe", "Jane Doe and John Roe", "A, B, and C", as the reader's language lists names. */
    private static String listed(List<String> names, Locale locale) {
        return ListFormatter.getInstance(locale).format(names);
    }

    /**
     * The article's own words for the aspect: dateline, byline or sign-off as written; else the headline
     * line when the article has one; else its first sentence. Always verbatim text of the article.
     */
    static String quote(ReportQuestion.Aspect aspect, Article report, Snapshot snapshot) {
        ArticleMetadata metadata = report.metadata();
        String agencyDateline = metadata.dateline().contains("(") ? metadata.dateline() : "";
        List<String> preferred = switch (aspect) {
            case OUTLET -> List.of(agencyDateline, metadata.signOff(), metadata.byline(), metadata.dateline());
            case AUTHOR -> List.of(metadata.byline(), metadata.signOff());
            case EDITOR, CONTRIBUTOR -> List.of(metadata.signOff());
            case STAMP, PUBLISHED, AGE, PLACE -> List.of(metadata.dateline());
            case HEADLINE, NUMBER -> List.of();
            case SIGNATORY -> List.of(SignatureBlock.at(report.body()).map(SignatureBlock::text).orElse(""));
            case CONTACT -> List.of(ContactBlock.at(report.body()).map(ContactBlock::text).orElse(""));
        };
        String head = report.body().substring(0, report.lead());
        return preferred.stream().filter(text -> !text.isEmpty() && report.body().contains(text)).findFirst()
                .or(() -> head.contains(metadata.title()) && !metadata.title().isEmpty()
                        ? Optional.of(metadata.title()) : Optional.empty())
                .orElseGet(() -> firstSentence(report, snapshot));
    }

    private static String firstSentence(Article report, Snapshot snapshot) {
        List<Passage> passages = snapshot.passagesOf(report);
        return passages.isEmpty() ? report.reporting() : passages.get(0).text();
    }

    /** Whether the title is the lead sentence shortened, because the article has no headline of its own. */
    private static boolean isLead(Article report, Snapshot snapshot) {
        String title = report.title().endsWith("…") ? report.title().substring(0, report.title().length() - 1) : report.title();
        String head = report.body().substring(0, report.lead());
        return !head.contains(report.title()) && String.join(" ", firstSentence(report, snapshot).split("\\s+")).startsWith(title);
    }

    private static Answer unanswered(Question question, String text) {
        return new Answer(question.text(), text, false, List.of(), Mode.EXTRACTIVE, "", 0);
    }
}
