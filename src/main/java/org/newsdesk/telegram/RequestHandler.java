package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.desk.Desk;
import org.newsdesk.answer.Answerer;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.store.FollowUps;
import org.newsdesk.store.UnansweredCsv;
import org.newsdesk.store.UnansweredQuestion;
import org.newsdesk.text.Printable;
import org.newsdesk.logging.ChatTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out what a message asks: a question, a command, or a hint for what the bot cannot do.
 * Admin commands check the sender's id on every call; the command menu is only a convenience.
 */
final class RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    static final String CSV = "csv";
    static final String CSV_FILE_NAME = "unanswered-questions.csv";

    private final Desk desk;
    private final Answerer answerer;
    private final Summarizer summarizer;
    private final Set<Long> admins;
    private final AskHandler asking;
    private final FollowUps conversations;
    private final BotStats stats;
    private final Outbox outbox;
    private final Typing typing;
    private final CoverageFormat coverage;
    private final AdminFormat adminFormat;
    private final Clock clock;

    RequestHandler(Desk desk, Answerer answerer, Summarizer summarizer, Set<Long> admins, AskHandler asking,
                   FollowUps conversations, BotStats stats, Outbox outbox, Typing typing, CoverageFormat coverage,
                   AdminFormat adminFormat, Clock clock) {
        this.desk = desk;
        this.answerer = answerer;
        this.summarizer = summarizer;
        this.admins = Set.copyOf(admins);
        this.asking = asking;
        this.conversations = conversations;
        this.stats = stats;
        this.outbox = outbox;
        this.typing = typing;
        this.coverage = coverage;
        this.adminFormat = adminFormat;
        this.clock = clock;
    }

    void handle(Incoming incoming, Request request) {
        if (request instanceof Request.Ask ask) {
            asking.ask(incoming, ask.question());
        } else if (request instanceof Request.Run run) {
            run(incoming, run.command(), run.argument());
        } else if (request instanceof Request.Unknown unknown) {
            reply(incoming, Rich.of(prompts().render("telegram/unknown-command", Map.of("command", unknown.command()))));
        } else {
            reply(incoming, Rich.of(prompts().text("telegram/not-text")));
        }
    }

    void rateLimited(Incoming incoming, long seconds) {
        reply(incoming, Rich.of(prompts().render("telegram/rate-limited", Map.of("seconds", seconds))));
    }

    private void run(Incoming incoming, BotCommandName command, String argument) {
        if (command.adminOnly() && !admins.contains(incoming.user())) {
            LOG.warn("User {} is not an administrator and was refused /{}", ChatTag.of(incoming.user()),
                    command.label());
            reply(incoming, Rich.of(prompts().render("telegram/admin-only", Map.of("command", command.label()))));
            return;
        }
        switch (command) {
            case START -> {
                conversations.forget(incoming.chat());
                answerer.forget(incoming.chat());
                reply(incoming, coverage.introduction("telegram/start", desk.sources()));
            }
            case HELP -> reply(incoming, coverage.introduction("telegram/help", desk.sources()));
            case ASK -> asking.ask(incoming, argument);
            case SUMMARY -> summary(incoming);
            case FACTS -> reply(incoming, coverage.facts(desk.quickFacts()));
            case TIMELINE -> reply(incoming, coverage.timeline(desk.timeline()));
            case SOURCES -> reply(incoming, coverage.sources(desk.sources()));
            case FORGET -> {
                conversations.forget(incoming.chat());
                answerer.forget(incoming.chat());
                reply(incoming, Rich.of(prompts().text("telegram/forgotten")));
            }
            case RELOAD -> reload(incoming);
            case STATS -> reply(incoming, adminFormat.stats(stats, desk.sources().size(), clock.instant()));
            case UNANSWERED -> unanswered(incoming, argument);
        }
    }

    /** A written summary can take a model call: the reader sees "typing…" meanwhile. */
    private void summary(Incoming incoming) {
        CoverageSummary summary;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            summary = summarizer.summarize();
        }
        reply(incoming, coverage.summary(summary));
    }

    /** Always replies: a reload that fails outright is reported in one line, and the knowledge in use stays. */
    private void reload(Incoming incoming) {
        LOG.info("User {} asked for a reload", ChatTag.of(incoming.user()));
        ReloadReport report;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            report = desk.reload(Progress.NONE);
        } catch (RuntimeException | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Reload failed: {}", Printable.brief(reason));
            LOG.debug("Reload failure", e);
            reply(incoming, Rich.of(prompts().render("telegram/reload-failed", Map.of("reason", Printable.brief(reason)))));
            return;
        }
        stats.reloaded(report, clock.instant());
        report.lines().forEach(line -> LOG.info("Reload: {}", line));
        reply(incoming, adminFormat.reload(report));
    }

    /** The most asked unanswered questions; with {@code csv}, all of them as a file. */
    private void unanswered(Incoming incoming, String argument) {
        List<UnansweredQuestion> questions = stats.unansweredQuestions();
        if (argument.strip().equalsIgnoreCase(CSV) && !questions.isEmpty()) {
            outbox.document(incoming.replyTo(), CSV_FILE_NAME, UnansweredCsv.of(questions),
                    adminFormat.unansweredCaption(questions.size()));
        } else {
            reply(incoming, adminFormat.unanswered(questions));
        }
    }

    private void reply(Incoming incoming, Rich reply) {
        outbox.send(incoming.replyTo(), reply);
    }

    private Prompts prompts() {
        return desk.prompts();
    }
}
