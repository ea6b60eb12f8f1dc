package org.newsdesk.telegram;

import java.util.List;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Source;
import org.newsdesk.prompts.Prompts;

/**
 * An answer as a Telegram reply: the answer, any notice, then its sources with the quoted sentences, or,
 * for a question the articles do not answer, the related sentences under a heading saying they are not
 * the answer.
 */
final class AnswerFormat {

    private final Supplier<Prompts> prompts;
    private final Bylines bylines;

    AnswerFormat(Supplier<Prompts> prompts, Bylines bylines) {
        this.prompts = prompts;
        this.bylines = bylines;
    }

    Rich answer(Answer answer) {
        Rich reply = Rich.of(answer.text());
        if (!answer.notice().isEmpty()) {
            reply.line().italic(answer.notice());
        }
        list(reply, "telegram/sources-heading", answer.sources());
        list(reply, "telegram/related-heading", answer.related());
        return reply;
    }

    /** Numbered sentences with their articles under a heading; nothing when there are none. */
    private void list(Rich reply, String heading, List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        reply.paragraph().bold(prompts.get().text(heading));
        for (int i = 0; i < sources.size(); i++) {
            Source source = sources.get(i);
            reply.line().plain((i + 1) + ". ").bold(source.title())
                    .line().plain(bylines.of(source))
                    .line().quote(source.quote());
        }
    }

    /** Text still being written, shown as it grows. */
    Rich partial(String text) {
        return Rich.of(text);
    }
}
