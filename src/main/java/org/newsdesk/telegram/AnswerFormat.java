package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;

/**
 * An answer as a Telegram reply: the answer, any notice, then its sources with the quoted sentences, or,
 * for a question the articles do not answer, the related sentences under a heading saying they are not
 * the answer.
 */
final class AnswerFormat {

    private final Supplier<Messages> messages;
    private final Bylines bylines;

    AnswerFormat(Supplier<Messages> messages, Bylines bylines) {
        this.messages = messages;
        this.bylines = bylines;
    }

    Rich answer(Answer answer, Locale locale) {
        Rich reply = Rich.of(answer.text());
        if (!answer.notice().isEmpty()) {
            reply.line().italic(answer.notice());
        }
        list(reply, locale, "sources.heading", answer.sources());
        list(reply, locale, "related.heading", answer.related());
        return reply;
    }

    /** Numbered sentences with their articles under a heading; nothing when there are none. */
    private void list(Rich reply, Locale locale, String heading, List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        reply.paragraph().bold(messages.get().text(locale, heading));
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            reply.line().plain((i + 1) + ". ").bold(source.title())
                    .line().plain(bylines.of(locale, source))
                    .line().quote(source.quote());
        }
    }

    /** Text still being written, shown as it grows. */
    Rich partial(String text) {
        return Rich.of(text);
    }
}
