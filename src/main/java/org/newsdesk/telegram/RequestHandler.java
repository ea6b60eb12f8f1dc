package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.desk.Desk;
import org.newsdesk.desk.Feature;
import org.newsdesk.desk.Responder;
import org.newsdesk.answer.Answerer;
import org.newsdesk.facts.CoverageSummary;
import org.newsdesk.facts.Summarizer;
import org.newsdesk.index.Progress;
import org.newsdesk.index.ReloadReport;
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
    private final ReloadEverywhere reloads;
    private final Clock clock;

    RequestHandler(Desk desk, Answerer answerer, Summarizer summarizer, Set<Long> admins, AskHandler asking,
                   FollowUps conversations, BotStats stats, Outbox outbox, Typing typing, CoverageFormat coverage,
                   AdminFormat adminFormat, ReloadEverywhere reloads, Clock clock) {
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
        this.reloads = reloads;
        this.clock = clock;
    }

    void handle(Incoming incoming, Request request) {
        if (request instanceof Request.Ask ask) {
            ask(incoming, ask.question());
        } else if (request instanceof Request.Run run) {
            run(incoming, run.command(), run.argument(), locale(incoming));
        } else if (request instanceof Request.Unknown unknown) {
            reply(incoming, text(incoming, "telegram.unknown-command", Map.of("command", unknown.command())));
        } else {
            reply(incoming, text(incoming, "telegram.not-text", Map.of()));
        }
    }

    void rateLimited(Incoming incoming, long seconds) {
        reply(incoming, text(incoming, "telegram.rate-limited", Map.of("seconds", seconds)));
    }

    /** A request for a feature ("give me a summary") runs its command, in the request's language; anything else is a question. */
    private void ask(Incoming incoming, String text) {
        Optional<Feature> feature = Responder.requested(text);
        if (feature.isPresent()) {
            run(incoming, BotCommandName.of(feature.get()), "", incoming.reading(text));
        } else {
            asking.ask(incoming, text);
        }
    }

    private void run(Incoming incoming, BotCommandName command, String argument, Locale locale) {
        if (command.adminOnly() && incoming.anonymous()) {
            // every anonymous admin of every group has the same placeholder id: none can be told apart, so none
            // is trusted, whatever NEWSDESK_ADMINS says; the reply says how to send the command instead
            LOG.info("An anonymous group admin was refused /{}", command.label());
            reply(incoming, Rich.of(desk.messages().text(locale, "telegram.admin-anonymous",
                    Map.of("command", command.label()))));
            return;
        }
        if (command.adminOnly() && !admins.contains(incoming.user())) {
            LOG.warn("User {} is not an administrator and was refused /{}", ChatTag.of(incoming.user()),
                    command.label());
            reply(incoming, Rich.of(desk.messages().text(locale, "telegram.admin-only",
                    Map.of("command", command.label()))));
            return;
        }
        switch (command) {
            case START -> {
                conversations.forget(incoming.chat());
                answerer.forget(incoming.chat());
                reply(incoming, coverage.introduction(locale, "telegram.start", desk.sources()));
            }
            case HELP -> reply(incoming, coverage.introduction(locale, "telegram.help", desk.sources()));
            case ASK -> ask(incoming, argument);
            case SUMMARY -> summary(incoming, locale);
            case FACTS -> reply(incoming, coverage.facts(locale, desk.quickFacts()));
            case TIMELINE -> reply(incoming, coverage.timeline(locale, desk.timeline()));
            case SOURCES -> reply(incoming, coverage.sources(locale, desk.sources()));
            case FORGET -> {
                conversations.forget(incoming.chat());
                answerer.forget(incoming.chat());
                reply(incoming, text(incoming, "telegram.forgotten", Map.of()));
            }
            case RELOAD -> reload(incoming, locale);
            case STATS -> reply(incoming, adminFormat.stats(locale, stats, desk.sources().size(), clock.instant()));
            case UNANSWERED -> unanswered(incoming, argument, locale);
        }
    }

    /** A written summary can take a model call: the reader sees "typing…" meanwhile. */
    private void summary(Incoming incoming, Locale locale) {
        CoverageSummary summary;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            summary = summarizer.summarize(locale);
        }
        reply(incoming, coverage.summary(locale, summary));
    }

    /** Always replies: a reload that fails outright is reported in one line, and the knowledge in use stays. */
    private void reload(Incoming incoming, Locale locale) {
        LOG.info("User {} asked for a reload", ChatTag.of(incoming.user()));
        ReloadEverywhere.Outcome outcome;
        try (Typing.Shown shown = typing.show(incoming.replyTo())) {
            outcome = reloads.reload();
        }
        Rich reply = outcome.report() == null
                ? Rich.of(desk.messages().text(locale, "admin.reload-failed", Map.of("reason", outcome.failure())))
                : adminFormat.reload(locale, outcome.report());
        reply(incoming, adminFormat.otherInstances(locale, reply, outcome.others(), outcome.silent()));
    }

    /** The most asked unanswered questions; with {@code csv}, all of them as a file. */
    private void unanswered(Incoming incoming, String argument, Locale locale) {
        List<UnansweredQuestion> questions = stats.unansweredQuestions();
        if (argument.strip().equalsIgnoreCase(CSV) && !questions.isEmpty()) {
            outbox.document(incoming.replyTo(), CSV_FILE_NAME, UnansweredCsv.of(questions),
                    adminFormat.unansweredCaption(locale, questions.size()));
        } else {
            reply(incoming, adminFormat.unanswered(locale, questions));
        }
    }

    private void reply(Incoming incoming, Rich reply) {
        outbox.send(incoming.replyTo(), reply);
    }

    /**
     * The language of a reply to a command: the sender's app language if every text exists in it, else
     * that of the chat's latest question.
     */
    private Locale locale(Incoming incoming) {
        List<String> earlier = conversations.earlier(incoming.chat());
        return incoming.reading(earlier.isEmpty() ? "" : earlier.get(earlier.size() - 1));
    }

    private Rich text(Incoming incoming, String key, Map<String, ?> arguments) {
        return Rich.of(desk.messages().text(locale(incoming), key, arguments));
    }
}
