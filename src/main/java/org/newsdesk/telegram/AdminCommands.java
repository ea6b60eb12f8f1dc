package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.newsdesk.logging.ChatTag;
import org.newsdesk.store.FeedbackCsv;
import org.newsdesk.store.RatedAnswer;
import org.newsdesk.store.UnansweredCsv;
import org.newsdesk.store.UnansweredQuestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators' commands: reload, statistics, unanswered questions and flagged answers. The sender's
 * id is checked on every call; the command menu is only a convenience.
 *
 * @param articles how many articles the desk has in use, for /stats
 */
record AdminCommands(Set<Long> admins, IntSupplier articles, BotStats stats, Typing typing, AdminFormat format,
        ReloadEverywhere reloads, Clock clock, ChatReplies replies) {

    private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);

    static final String CSV = "csv";
    static final String CSV_FILE_NAME = "unanswered-questions.csv";
    static final String FEEDBACK_FILE_NAME = "flagged-answers.csv";

    AdminCommands {
        admins = Set.copyOf(admins);
    }

    /** Runs an admin command for an administrator; anyone else is told, in one line, that it is not for them. */
    void run(Incoming incoming, BotCommandName command, String argument, Locale locale) {
        if (incoming.anonymous()) {
            // every anonymous admin of every group has the same placeholder id: none can be told apart, so none
            // is trusted, whatever NEWSDESK_ADMINS says; the reply says how to send the command instead
            LOG.info("An anonymous group admin was refused /{}", command.label());
            replies.send(incoming, replies.text(locale, "telegram.admin-anonymous",
                    Map.of("command", command.label())));
            return;
        }
        if (!admins.contains(incoming.user())) {
            LOG.warn("User {} is not an administrator and was refused /{}", ChatTag.of(incoming.user()),
                    command.label());
            replies.send(incoming, replies.text(locale, "telegram.admin-only", Map.of("command", command.label())));
            return;
        }
        switch (command) {
            case RELOAD -> reload(incoming, locale);
            case STATS -> replies.send(incoming, format.stats(locale, stats, articles.getAsInt(), clock.instant()));
            case UNANSWERED -> unanswered(incoming, argument, locale);
            case FEEDBACK -> feedback(incoming, argument, locale);
            default -> throw new IllegalArgumentException("not an administrator's command: " + command);
        }
    }

    /** Always replies: a reload that fails outright is reported in one line, and the knowledge in use stays. */
    private void reload(Incoming incoming, Locale locale) {
        LOG.info("User {} asked for a reload", ChatTag.of(incoming.user()));
        ReloadEverywhere.Outcome outcome;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            outcome = reloads.reload();
        }
        Rich reply = outcome.report() == null
                ? replies.text(locale, "admin.reload-failed", Map.of("reason", outcome.failure()))
                : format.reload(locale, outcome.report());
        replies.send(incoming, format.otherInstances(locale, reply, outcome.others(), outcome.silent()));
    }

    /** The most asked unanswered questions; with {@code csv}, all of them as a file. */
    private void unanswered(Incoming incoming, String argument, Locale locale) {
        List<UnansweredQuestion> questions = stats.unansweredQuestions();
        listOrFile(incoming, argument, questions, () -> format.unanswered(locale, questions), CSV_FILE_NAME,
                () -> UnansweredCsv.of(questions), format.unansweredCaption(locale, questions.size()));
    }

    /** The answers readers flagged, most often first; with {@code csv}, all of them as a file. */
    private void feedback(Incoming incoming, String argument, Locale locale) {
        List<RatedAnswer> flagged = stats.flaggedAnswers();
        listOrFile(incoming, argument, flagged, () -> format.feedback(locale, flagged), FEEDBACK_FILE_NAME,
                () -> FeedbackCsv.of(flagged), format.feedbackCaption(locale, flagged.size()));
    }

    /** An admin's list as a reply, or with {@code csv} (and something to list) as a CSV file. */
    private void listOrFile(Incoming incoming, String argument, List<?> items, Supplier<Rich> listing, String fileName,
                            Supplier<byte[]> csv, String caption) {
        if (argument.strip().equalsIgnoreCase(CSV) && !items.isEmpty()) {
            replies.outbox().document(incoming.replyTo(), fileName, csv.get(), caption);
        } else {
            replies.send(incoming, listing.get());
        }
    }
}
