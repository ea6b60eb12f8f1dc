package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The grounding check against the corpus of lies in {@code src/test/resources/lies}: each claim's lie must be
 * caught and its faithful version let through. The floors are fitted on the tuning half of the claims (by a
 * hash of their ids); the held-out half is reported, and was never looked at while the rules were written.
 */
class ClaimCorpusTest {

    /**
     * Floors on the tuning half: the share of lies caught and of faithful claims wrongly rejected. The goal is
     * every lie caught and at most 1 in 20 faithful claims rejected; these are the figures the rules reach on
     * the corpus as it stands, raised as the rules improve. How each round of rules and each fresh batch moved
     * them, with the held-out half's figures beside, is in {@code src/test/resources/lies/RULES-HISTORY.md}.
     */
    private static final double TUNING_CATCH_FLOOR = 1135 / 1157.0;
    private static final double TUNING_FALSE_REJECTION_CEILING = 72 / 1157.0;

    /**
     * Ceiling on the further faithful rewordings of tuning claims in {@code lies/more-faithful}: evidence on
     * wrong rejections beyond the one faithful version each claim has, for the tuning half only.
     */
    private static final double EXTRA_FALSE_REJECTION_CEILING = 39 / 633.0;

    /**
     * Floor on the second lies about tuning claims in {@code lies/more-lies}: evidence on lies let through beyond
     * the one lie each claim has, for the tuning half only.
     */
    private static final double EXTRA_CATCH_FLOOR = 152 / 176.0;

    record Article(String title, String publisher, String published, List<String> sentences, List<Claim> claims) {
    }

    record Claim(String id, String kind, int passage, String span, String faithful, String lie) {

        boolean tuning() {
            return Math.floorMod(id.hashCode(), 2) == 0;
        }
    }

    record Outcome(Claim claim, boolean lieCaught, boolean faithfulRejected, String lieProblems,
                   String faithfulProblems) {
    }

    /**
     * A side file of an article: more faithful rewordings ({@code lies/more-faithful}) or second lies
     * ({@code lies/more-lies}) of its tuning claims, by claim id.
     */
    record SideFile<T extends ByClaim>(List<T> claims) {
    }

    /** An entry of a side file, naming its claim by id. */
    interface ByClaim {
        String id();
    }

    /**
     * A side file's entry with the claim it names, the passages of its article, the article's file name (without
     * {@code .yaml}) and the entry's place in the file.
     */
    record SideEntry<T extends ByClaim>(T entry, Claim claim, List<GivenPassage> passages, String file, int position) {
    }

    record Reworded(String id, List<String> faithful) implements ByClaim {
    }

    /**
     * A rewording's outcome; {@code batch} is 1 for the first three claims of an article's file (the first batch,
     * written before any rule of the twenty-third round), 2 for the later ones (the second and third batches).
     */
    record ExtraOutcome(Claim claim, String faithful, List<Problem> problems, int batch) {
    }

    record MoreLie(String id, String kind, List<String> lie) implements ByClaim {
    }

    /**
     * A second lie's outcome; {@code fitting} says whether its article is in the part rules may be fitted on (by a
     * hash of the article's file name) rather than the part kept to validate them.
     */
    record ExtraLieOutcome(Claim claim, String kind, String lie, List<Problem> problems, boolean fitting) {
    }

    /**
     * With {@code -Dlies.files=name,name} (file names without {@code .yaml}) only those articles are checked and
     * their figures printed, without the floors: how a fresh batch is measured before any rule is fitted to it.
     */
    private static final List<String> SELECTED_FILES = Stream.of(System.getProperty("lies.files", "").split(","))
            .map(String::strip).filter(name -> !name.isEmpty()).toList();

    private final GroundingCheck check = new GroundingCheck(List.of());

    @Test
    void should_catch_every_lie_and_let_faithful_claims_through_on_the_tuning_half() throws IOException {
        List<Outcome> outcomes = outcomes();
        List<Outcome> tuning = outcomes.stream().filter(outcome -> outcome.claim().tuning()).toList();
        List<Outcome> heldOut = outcomes.stream().filter(outcome -> !outcome.claim().tuning()).toList();

        // the tuning half's misses are shown, for whoever tunes the rules (every claim with -Dlies.showAll=true,
        // to count what each rule catches and wrongly rejects); the held-out half only as figures
        tuning.stream().filter(outcome -> Boolean.getBoolean("lies.showAll") || !outcome.lieCaught() || outcome.faithfulRejected())
                .forEach(outcome -> System.out.printf("tuning %s (%s): lie caught %s %s; faithful rejected %s %s%n",
                        outcome.claim().id(), outcome.claim().kind(), outcome.lieCaught(), outcome.lieProblems(),
                        outcome.faithfulRejected(), outcome.faithfulProblems()));
        System.out.println("lies corpus, tuning half: " + rates(tuning));
        System.out.println("lies corpus, held-out half: " + rates(heldOut));
        if (!SELECTED_FILES.isEmpty()) {
            // a chosen batch (a fresh one, measured before any rule sees it): its figures, not the corpus floors
            System.out.println("lies corpus, selected files " + SELECTED_FILES + ": " + rates(outcomes));
            return;
        }

        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(60);
        assertThat(caught(tuning)).isGreaterThanOrEqualTo(TUNING_CATCH_FLOOR);
        assertThat(falseRejections(tuning)).isLessThanOrEqualTo(TUNING_FALSE_REJECTION_CEILING);
    }

    @Test
    void should_let_more_faithful_rewordings_of_tuning_claims_through() throws IOException {
        List<ExtraOutcome> outcomes = extraOutcomes();
        List<ExtraOutcome> rejected = outcomes.stream().filter(outcome -> !outcome.problems().isEmpty()).toList();
        rejected.forEach(outcome -> System.out.printf("tuning extra %s (%s, batch %s): rejected %s: %s%n",
                outcome.claim().id(), outcome.claim().kind(), outcome.batch() == 1 ? "1" : "2-3", outcome.problems(),
                outcome.faithful()));
        System.out.printf("lies corpus, extra faithful rewordings (tuning half): rejected %d/%d (batch 1 %d/%d, batches 2-3 %d/%d)%n",
                rejected.size(), outcomes.size(), rejected.stream().filter(outcome -> outcome.batch() == 1).count(),
                outcomes.stream().filter(outcome -> outcome.batch() == 1).count(),
                rejected.stream().filter(outcome -> outcome.batch() == 2).count(),
                outcomes.stream().filter(outcome -> outcome.batch() == 2).count());
        if (!SELECTED_FILES.isEmpty()) {
            return;
        }
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(200);
        assertThat(rejected.size() / (double) outcomes.size()).isLessThanOrEqualTo(EXTRA_FALSE_REJECTION_CEILING);
    }

    @Test
    void should_catch_second_lies_about_tuning_claims() throws IOException {
        List<ExtraLieOutcome> outcomes = extraLieOutcomes();
        List<ExtraLieOutcome> missed = outcomes.stream().filter(outcome -> outcome.problems().isEmpty()).toList();
        missed.forEach(outcome -> System.out.printf("tuning extra lie %s (%s, %s part): let through: %s%n",
                outcome.claim().id(), outcome.kind(), outcome.fitting() ? "fitting" : "validation", outcome.lie()));
        System.out.printf("lies corpus, extra lies (tuning half): caught %d/%d (fitting part %d/%d, validation part %d/%d)%n",
                outcomes.size() - missed.size(), outcomes.size(),
                outcomes.stream().filter(o -> o.fitting() && !o.problems().isEmpty()).count(),
                outcomes.stream().filter(ExtraLieOutcome::fitting).count(),
                outcomes.stream().filter(o -> !o.fitting() && !o.problems().isEmpty()).count(),
                outcomes.stream().filter(o -> !o.fitting()).count());
        if (!SELECTED_FILES.isEmpty()) {
            return;
        }
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(150);
        assertThat((outcomes.size() - missed.size()) / (double) outcomes.size()).isGreaterThanOrEqualTo(EXTRA_CATCH_FLOOR);
    }

    @Test
    void should_hold_spans_that_are_verbatim_in_their_passage() throws IOException {
        for (Article article : articles().values()) {
            for (Claim claim : article.claims()) {
                assertThat(article.sentences().get(claim.passage() - 1)).as(claim.id()).contains(claim.span());
            }
        }
    }

    private List<Outcome> outcomes() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Article article : articles().values()) {
            List<GivenPassage> passages = passages(article);
            for (Claim claim : article.claims()) {
                List<Problem> lie = check.check(answer(claim.lie(), claim), passages).problems();
                List<Problem> faithful = check.check(answer(claim.faithful(), claim), passages).problems();
                outcomes.add(new Outcome(claim, !lie.isEmpty(), !faithful.isEmpty(), lie.toString(),
                        faithful.toString()));
            }
        }
        return outcomes;
    }

    /**
     * The rewordings in {@code lies/more-faithful}, each checked as its claim's faithful version is. Each names a
     * claim of the article of the same file name, and only claims of the tuning half: the held-out half is never
     * reworded.
     */
    private List<ExtraOutcome> extraOutcomes() throws IOException {
        List<ExtraOutcome> outcomes = new ArrayList<>();
        for (SideEntry<Reworded> reworded : sideEntries("more-faithful", Reworded.class)) {
            int batch = reworded.position() < 3 ? 1 : 2;
            for (String faithful : reworded.entry().faithful()) {
                outcomes.add(new ExtraOutcome(reworded.claim(), faithful,
                        check.check(answer(faithful, reworded.claim()), reworded.passages()).problems(), batch));
            }
        }
        return outcomes;
    }

    /**
     * The second lies in {@code lies/more-lies}, each checked as its claim's lie is. Each names a claim of the tuning
     * half of the article of the same file name: the held-out half is never given a second lie.
     */
    private List<ExtraLieOutcome> extraLieOutcomes() throws IOException {
        List<ExtraLieOutcome> outcomes = new ArrayList<>();
        for (SideEntry<MoreLie> more : sideEntries("more-lies", MoreLie.class)) {
            boolean fitting = Math.floorMod(more.file().hashCode(), 2) == 0;
            for (String lie : more.entry().lie()) {
                outcomes.add(new ExtraLieOutcome(more.claim(), more.entry().kind(), lie,
                        check.check(answer(lie, more.claim()), more.passages()).problems(), fitting));
            }
        }
        return outcomes;
    }

    /**
     * The entries of the side files in {@code lies/<folder>}, in the order of their articles and, within a file, as
     * written. Each names a claim of the article of the same file name, and only claims of the tuning half.
     */
    private static <T extends ByClaim> List<SideEntry<T>> sideEntries(String folder, Class<T> type) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JavaType fileType = yaml.getTypeFactory().constructParametricType(SideFile.class, type);
        List<SideEntry<T>> entries = new ArrayList<>();
        for (Map.Entry<String, Article> named : articles().entrySet()) {
            Article article = named.getValue();
            Path file = Path.of("src/test/resources/lies", folder, named.getKey() + ".yaml");
            if (!Files.exists(file)) {
                continue;
            }
            List<GivenPassage> passages = passages(article);
            SideFile<T> side = yaml.readValue(file.toFile(), fileType);
            for (int position = 0; position < side.claims().size(); position++) {
                T entry = side.claims().get(position);
                Claim claim = article.claims().stream().filter(candidate -> candidate.id().equals(entry.id()))
                        .findFirst().orElseThrow(() -> new AssertionError(file + ": no claim " + entry.id()));
                assertThat(claim.tuning()).as("%s is a claim of the tuning half", claim.id()).isTrue();
                entries.add(new SideEntry<>(entry, claim, passages, named.getKey(), position));
            }
        }
        return entries;
    }

    private static List<GivenPassage> passages(Article article) {
        List<GivenPassage> passages = new ArrayList<>();
        for (int i = 0; i < article.sentences().size(); i++) {
            passages.add(new GivenPassage(i + 1, article.sentences().get(i), article.title(), article.publisher(),
                    article.published()));
        }
        return passages;
    }

    /** The claim as a model following the prompt writes it: the statement, then its passage and span. */
    private static String answer(String statement, Claim claim) {
        String bare = statement.strip().replaceAll("\\.$", "");
        return bare + " [" + claim.passage() + ": \"" + claim.span() + "\"].";
    }

    /** The articles by file name (without {@code .yaml}), in the order of their names. */
    private static Map<String, Article> articles() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/lies"))) {
            Map<String, Article> articles = new LinkedHashMap<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).filter(ClaimCorpusTest::selected)
                    .sorted().toList()) {
                articles.put(file.getFileName().toString().replaceAll("\\.yaml$", ""),
                        yaml.readValue(file.toFile(), Article.class));
            }
            return articles;
        }
    }

    private static boolean selected(Path file) {
        return SELECTED_FILES.isEmpty()
                || SELECTED_FILES.contains(file.getFileName().toString().replaceAll("\\.yaml$", ""));
    }

    private static double caught(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::lieCaught).count() / (double) outcomes.size();
    }

    private static double falseRejections(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::faithfulRejected).count() / (double) outcomes.size();
    }

    private static String rates(List<Outcome> outcomes) {
        return String.format("%d claims, lies caught %d/%d, faithful wrongly rejected %d/%d", outcomes.size(),
                outcomes.stream().filter(Outcome::lieCaught).count(), outcomes.size(),
                outcomes.stream().filter(Outcome::faithfulRejected).count(), outcomes.size());
    }
}
