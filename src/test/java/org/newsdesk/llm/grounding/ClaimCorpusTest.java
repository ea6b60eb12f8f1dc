package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
     * the corpus as it stands, raised as the rules improve. The fifth round's first fresh batch (truck-layoffs,
     * royalties-appeal, seoul-visit, walking-study) brought the tuning half from 4 of 207 faithful claims
     * rejected to 14 of 246; the rules fitted to it brought that to 3 of 246, while the held-out half went
     * from 36 to 38 of 255 rejected with 217 lies caught before and after (two rules that each let a held-out
     * lie through were taken back). The second fresh batch (slovenia-budget, museum-heist, rugby-signing),
     * measured once on those rules (44 of its 54 lies caught, 10 of 54 faithful claims rejected), then had
     * three fixes fitted to its tuning half (an abbreviation that ended a sentence, "is forecast to", "in the
     * view of"): the tuning half then stood at 260 of 270 lies caught and 8 of 270 faithful claims rejected.
     * The rule that let an article's subject stand for any definite description was then taken back: it passed
     * "Fjordair said" for "the union said" (NameCheckTest) and one tuning lie, and its 3 fewer rejections were
     * not worth it. Now 261 of 270 and 11 of 270 (held-out: 242 of 285 caught once a name opening a sentence
     * was no longer taken for a pronoun, 40 of 285 rejected); the held-out rate is the one to watch.
     * The third fresh batch (porto-sentencing, kiel-derby, paper-lockout, baltic-cod), written without reading
     * the check and measured once alone (69 of its 77 lies caught, 25 of 77 faithful claims rejected; its tuning
     * half 37/40 and 13/40, its held-out half 32/37 and 12/37), brought the tuning half to 298 of 310 and 24 of 310.
     * The seventh round's rules (a name for a description or pronoun the passages give it, rewordings of negations
     * and hedges) brought it to 301 of 310 caught and 6 of 310 rejected (held-out 274 of 322 and 48 of 322).
     * The fourth fresh batch (danube-bridge, antarctic-ice-core, eyedrop-recall, tyrol-recount), written without
     * reading the check and measured once alone (83 of 92 lies caught, 20 of 92 rejected), brought the tuning
     * half to 342 of 356 caught and 16 of 356 rejected: the floors before it no longer held, because the check
     * is worse on fresh copy than the old tuning half said, not because a rule was lost. The eighth round's
     * rules fitted on its tuning half (a hedge holds for its own predicate, "ruled out", "rather than",
     * superlatives as opposites, a modal tagged as a noun) brought it to 344 of 356 and 12 of 356 (held-out
     * 316 of 368 caught before and after, 58 to 56 of 368 rejected). The fifth fresh batch (helios-launch,
     * lithium-permit, skjold-loss, patras-trial), written the same way with more varied faithful rewordings and
     * measured once alone (87 of 100 lies caught, 22 of 100 rejected; tuning half 42/49 and 11/49), brought the
     * tuning half to 386 of 405 caught and 23 of 405 rejected (held-out 361 of 419, 67 of 419). The ninth round's
     * rules, fitted on the fourth batch's tuning half before the fifth landed (an adjective of possibility hedges
     * its noun, what a party confirms is no claim of theirs, a name for "the company" beside a description in
     * another role or after a place it does not describe), bring it to 386 of 405 and 20 of 405 (held-out 361
     * and 67 of 419, unchanged); with a finding ("were found to have", "has found that") taken for a verdict, 389 of
     * 405 caught (held-out 362 of 419); with "to the north of" read as a bearing and "it was possible that" as a
     * hedge, 18 of 405 rejected (held-out 67 of 419); with only a verb taken to open a participle's phrase (an
     * apposition after a comma is none), 16 of 405 (held-out 63 of 419); with a phrase inside a verb group ("had at
     * no time met") passed over to the subject, 15 of 405 (held-out 63 of 419); with a superlative after a
     * determiner read as its noun's adjective ("the steepest fall"), 14 of 405 (held-out 63 of 419); with a ", and"
     * that no verb follows kept in the clause it continues, 13 of 405 (held-out 63 of 419); with an adjective after
     * "be" compared as a predicate ("would be ready" for "could be ready"), 390 of 405 caught (held-out 362 and 63
     * of 419); with a denial no longer covering what follows an "and" ("deny wrongdoing and the trial has begun"
     * for "... has not yet begun"), 391 of 405 (held-out 363 and 63 of 419); with figures also judged by the support's clause
     * that gives them ("risen to 171 percent from 138 percent" for "... though it had fallen to 138 percent from 171
     * percent"), 392 of 405 (held-out 363 and 63 of 419); with a word in -s after "and" and a verb before
     * an infinitive read as a verb ("and expects/NOUN to produce"), 393 of 405 (held-out 363 and 63 of 419). The tenth round: with a capitalised word
     * inside a sentence tagged a preposition read as a name ("Nordic Re/ADP") and two full names that end alike
     * told apart ("Nordic Re" is not "Hanseatic Re"), 12 of 405 rejected (held-out 363 and 63 of 419); with the clause
     * that keeps more of the claim's roles taken for the one it restates, of two that share as many words, 394 of 405
     * caught (held-out 363 and 63 of 419); with a verb the support gives in the future ("would publish") said in a
     * past form ("has published"), 395 of 405 (held-out 364 and 64 of 419; said in any form, held-out 68 of 419
     * rejected); with a noun of what is reported ("27 reports of infections", "claims from the grounding") taken
     * neither for an attribution kept nor for a claim reported, 396 of 405 (held-out 365 and 65 of 419); with the
     * last word of a phrase a determiner or possessor opens read as its noun before a verb ("Veldmark's chief
     * executive/ADJ said"), 397 of 405 (held-out 365 and 65 of 419); with a superlative said without the rank the
     * support gives it ("busiest" for "second-busiest"), 398 of 405 (held-out 365 and 65 of 419); with a word of
     * time before a subject and its verb read as opening a clause ("after defence lawyers asked"), 399 of 405
     * (held-out 366 and 65 of 419); with a description set beside the one in a role taken for theirs whoever owns it
     * ("Park Min-jun, South Korea's president"), 399 and 12 of 405 (held-out 366 and 64 of 419). The
     * sixth fresh batch (graz-legionella, baltair-takeover, verbier-avalanche, leuven-fraud-inquiry), written
     * without reading the check and measured once alone on the ninth round's rules (89 of 100 lies caught, 21 of
     * 100 rejected; tuning half 43/51 and 9/51, held-out half 46/49 and 12/49), brought the ninth round's tuning half
     * to 436 of 456 caught and 22 of 456 rejected (held-out 409 and 75 of 468). Measured alone on the tenth round's rules above
     * (written before the batch was seen), the batch gave 89 of 100 caught and 22 of 100 rejected (tuning half 43/51
     * and 10/51, held-out 46/49 and 12/49): those rules gained nothing on fresh copy. With them the corpus stands at
     * 442 of 456 caught and 22 of 456 rejected (held-out 412 and 77 of 468). With opposites that follow the same word
     * compared whatever the tagger calls them ("shares fell/ADJ" for "shares rose/NOUN", "tested positive/ADJ" for
     * "tested negative/NOUN"), 444 of 456 caught (held-out 415 and 77 of 468); with a capitalised adjective that
     * modifies no noun after a preposition read as a name ("the resort of Zinal/ADJ"), 445 of 456 (held-out 415 and
     * 77 of 468); with a capital no longer standing in for the adjective of its country ("at Helsinki airport" for
     * "the Finnish airline ... at Riga airport"), 446 of 456 (held-out 415 and 78 of 468); with a verb in -ing right
     * after a noun no predicate whose certainty is compared ("tests comparing samples ... will come"), 447 of 456
     * (held-out 415 and 78 of 468); with a form in -ing after an article read as a noun ("A ruling/VERB by the
     * commission is expected"), 21 of 456 rejected (held-out 415 and 78 of 468); with a relative pronoun ending a
     * noun phrase ("rival airlines that Polaris would"), 20 of 456 (held-out 415 and 78 of 468); with a noun of saying given its
     * author or content kept as an attribution ("a charge by Fjellfly that"), 19 of 456 (held-out 415 and 77 of
     * 468); with a verb of a condition not held to the support's hedge on the same verb ("If claims returned to
     * normal, Skjold was likely to be profitable" for "likely to return to profit if claims fell back"), 18 of 456
     * (held-out 415 and 78 of 468). The seventh fresh batch (panama-canal-grounding, nederwiek-wind-auction,
     * hikari-satellite-collision, paracas-repatriation), written without reading the check, measured alone by its
     * writer on the ninth round's rules (87 of 100 lies caught, 18 of 100 rejected) and once more on these rules,
     * which never saw it (89 of 100 and 19 of 100; tuning half 44/51 and 7/51, held-out half 45/49 and 12/49),
     * brought the tuning half to 491 of 507 caught and 25 of 507 rejected (held-out 460 and 90 of 517). The eighth
     * fresh batch (ostrava-derailment, tonfield-privacy-fine, mackerel-row, thai-rate-cut), written without reading
     * the check and measured alone by its writer on these rules (87 of 100 lies caught, 34 of 100 faithful claims
     * rejected; tuning half 43/50 and 15/50, held-out half 44/50 and 19/50), brought the tuning half to 534 of 557
     * caught and 40 of 557 rejected (held-out 505 and 108 of 567): no rule was fitted to it, and the floors are
     * these figures, a guard against losing ground rather than the goal. The twelfth round's rules, fitted on the
     * tuning half: with an adjective of possibility said of its subject by "be" taken for a hedge ("another cut in
     * November was possible" for "could cut again in November"), 39 of 557 rejected (held-out 505 and 106 of 567);
     * with a plain form after a modal read as its verb and the words between as its adverbs ("would most likely/ADJ
     * focus/NOUN"), and "likely" before its noun as a hedge ("the most likely focus"), 535 of 557 caught and 38 of 557
     * rejected (held-out 505 and 105 of 567); with a verb coordinated with a verb of wanting after its object said as
     * done ("threatened the survival of the stock and broke a deal"), 37 of 557 (held-out 505 and 105 of 567); with a
     * negated subject reaching its verb past its phrases of prepositions ("no report of a damaged rail on the line had
     * reached it") and the object "any" opens after a negated verb negated ("had not received any report"), 36 of 557
     * (held-out 505 and 102 of 567); and with "no" and "without" negating the noun their phrase ends in, past
     * possessors ("without other fishing nations' agreement"), they brought the tuning half to 535 of 557 caught and
     * 35 of 557 rejected (held-out 505 and 102 of 567). The thirteenth round's rules, fitted on the tuning half: with
     * "below" and "above" bounding a figure as "under" and "over" do ("would probably be below 2 percent" for "by less
     * than 2 percent"), 34 of 557 rejected (held-out 505 and 102 of 567); with an adjective of possibility hedging its
     * noun past the adjectives between ("a possible close/ADJ approach"), 33 of 557 (held-out 505 and 102 of 567);
     * with the object an indefinite article opens after a negated verb denied in the support, so that "no criminal
     * investigation has been opened" adds no negation to "has not opened a criminal investigation", 32 of 557
     * (held-out 505 and 99 of 567); with "exceed", "surpass" and "top" bounding a figure as "more than" does, 31 of 557
     * (held-out 505 and 99 of 567); with a phrase after a comma taken for the subject of a verb reached past the
     * phrases set beside it, which ends a list after a preposition ("compensation from Tonfield, its founder, Jonas
     * Keller, said"), 30 of 557 (held-out 505 and 99 of 567); and with a verb before a clause without "that" taken to
     * report it ("had predicted the bank would leave"), they brought the tuning half to 535 of 557 caught and 29 of 557
     * rejected (held-out 506 and 100 of 567). The fourteenth round's rules, fitted on the tuning half: with a
     * participle the prefix "un" negates keeping the support's negation of its verb ("expected the bank to leave the
     * rate unchanged" for "had expected no change"), 28 of 557 rejected (held-out 506 and 100 of 567); with a half or a
     * quarter of a year supporting its six or three months ("the first six months of 2026"), 27 of 557 (held-out 506
     * and 100 of 567); with "not ... before" restating "at the earliest" and "is not expected to" expecting as "is
     * expected to" does, 26 of 557 (held-out 506 and 100 of 567); with a comparative denied restating the superlative
     * the support gives ("no company had ever received a larger fine" for "the largest ... ever"), 25 of 557
     * (held-out 506 and 99 of 567); with "no ... since" restating "the first ... since", 24 of 557 (held-out 506 and 99
     * of 567); with "no ... left" restating a supply said to have run out, 23 of 557 (held-out 506 and 99 of 567); and
     * with a verb and "off" after it not opposed as the plain verb is ("came off the rails" for "left the tracks"),
     * 22 of 557 (held-out 506 and 99 of 567), under 1 in 20 on the tuning half for the first time; and with
     * "counterpart" taken for the head of whatever office the other phrase names ("his Norwegian counterpart" for
     * "Norway's prime minister"), they brought the tuning half to 535 of 557 caught and 21 of 557 rejected (held-out
     * 506 and 99 of 567).
     */
    private static final double TUNING_CATCH_FLOOR = 535 / 557.0;
    private static final double TUNING_FALSE_REJECTION_CEILING = 21 / 557.0;

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
    void should_hold_spans_that_are_verbatim_in_their_passage() throws IOException {
        for (Article article : articles()) {
            for (Claim claim : article.claims()) {
                assertThat(article.sentences().get(claim.passage() - 1)).as(claim.id()).contains(claim.span());
            }
        }
    }

    private List<Outcome> outcomes() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Article article : articles()) {
            List<GivenPassage> passages = new ArrayList<>();
            for (int i = 0; i < article.sentences().size(); i++) {
                passages.add(new GivenPassage(i + 1, article.sentences().get(i), article.title(), article.publisher(),
                        article.published()));
            }
            for (Claim claim : article.claims()) {
                List<Problem> lie = check.check(answer(claim.lie(), claim), passages).problems();
                List<Problem> faithful = check.check(answer(claim.faithful(), claim), passages).problems();
                outcomes.add(new Outcome(claim, !lie.isEmpty(), !faithful.isEmpty(), lie.toString(),
                        faithful.toString()));
            }
        }
        return outcomes;
    }

    /** The claim as a model following the prompt writes it: the statement, then its passage and span. */
    private static String answer(String statement, Claim claim) {
        String bare = statement.strip().replaceAll("\\.$", "");
        return bare + " [" + claim.passage() + ": \"" + claim.span() + "\"].";
    }

    private static List<Article> articles() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/lies"))) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).filter(ClaimCorpusTest::selected)
                    .sorted().toList()) {
                articles.add(yaml.readValue(file.toFile(), Article.class));
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
