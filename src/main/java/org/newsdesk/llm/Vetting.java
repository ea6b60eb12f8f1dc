package org.newsdesk.llm;

import java.util.List;
import java.util.function.Function;
import org.newsdesk.llm.grounding.GivenPassage;
import org.newsdesk.llm.grounding.GroundingCheck;
import org.newsdesk.llm.grounding.GroundingReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a model's text reaches a reader, for answers and summaries alike: it is checked against the
 * passages it was given; if it fails, the model is asked once to repair it and the repair is checked; with
 * a {@link SecondOpinion}, the model then judges each sentence against its quoted support. Whatever fails,
 * or whenever the model fails, the caller shows the articles' own words with a notice saying which.
 */
final class Vetting {

    private static final Logger LOG = LoggerFactory.getLogger(Vetting.class);

    /**
     * What became of a draft: the text to show; or none, because it could not be verified, or because the
     * model failed (then {@code failure} says how, for the caller to note and report).
     */
    record Outcome(String text, RuntimeException failure) {

        static final Outcome UNVERIFIED = new Outcome(null, null);

        static Outcome shown(String text) {
            return new Outcome(text, null);
        }

        static Outcome failed(RuntimeException failure) {
            return new Outcome(null, failure);
        }

        boolean shown() {
            return text != null;
        }
    }

    private final OneShotAssistant repairer;
    private final SecondOpinion secondOpinion;

    /** @param secondOpinion null when {@code NEWSDESK_LLM_VERIFY} is off */
    Vetting(OneShotAssistant repairer, SecondOpinion secondOpinion) {
        this.repairer = repairer;
        this.secondOpinion = secondOpinion;
    }

    /** Whether sentences may be shown as they stream in: not when a second opinion is still to come. */
    boolean showsEarly() {
        return secondOpinion == null;
    }

    /**
     * @param what          what the text is ("answer", "summary"), for the log
     * @param repairRequest the request for a repair, given what is wrong with the draft
     */
    Outcome vet(String what, String draft, List<GivenPassage> passages, GroundingCheck check,
                Function<GroundingReport, String> repairRequest) {
        String text = draft;
        GroundingReport report = check.check(text, passages);
        if (!report.grounded()) {
            LOG.debug("A model {} failed the grounding check ({}); asking for a repair", what, ProblemList.kinds(report));
            try {
                text = ModelText.visible(repairer.reply(repairRequest.apply(report)));
            } catch (RuntimeException failure) {
                return Outcome.failed(failure);
            }
            GroundingReport second = check.check(text, passages);
            if (!second.grounded()) {
                LOG.info("A model {} failed the grounding check twice ({}); quoted the articles instead", what,
                        ProblemList.kinds(second));
                return Outcome.UNVERIFIED;
            }
        }
        if (secondOpinion == null) {
            return Outcome.shown(text);
        }
        try {
            if (!secondOpinion.supports(text)) {
                LOG.info("The model's second opinion found a {} not supported by its passages; quoted the articles "
                        + "instead", what);
                return Outcome.UNVERIFIED;
            }
        } catch (RuntimeException failure) {
            return Outcome.failed(failure);
        }
        return Outcome.shown(text);
    }
}
