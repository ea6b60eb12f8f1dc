package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Messages;

/** An answer as a Telegram reply: the answer, any notice, then its sources with the quoted sentences. */
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
        List<Source> sources = answer.sources();
        if (!sources.isEmpty()) {
            reply.paragraph().bold(messages.get().text(locale, "sources.heading"));
            for (int i = 0; i < sources.size(); i++) {
                Source source = sources.get(i);
                reply.line().plain((i + 1) + ". ").bold(source.title())
                        .line().plain(bylines.of(locale, source))
                        .line().quote(source.quote());
            }
        }
        return reply;
    }

    /** Text still being written, shown as it grows. */
    Rich partial(String text) {
        return Rich.of(text);
    }
}
