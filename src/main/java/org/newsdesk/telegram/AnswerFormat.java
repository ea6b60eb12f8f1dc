package org.newsdesk.telegram;

import java.util.Locale;
import org.newsdesk.answer.Answer;
import org.newsdesk.layout.CitedAnswer;
import org.newsdesk.layout.Marks;

/**
 * An answer as a Telegram reply: the answer once, with its marks, and any notice; then, in a block the
 * reader opens with a tap, each article it draws on once, and apart from them any related sentences.
 */
final class AnswerFormat {

    private final SourcesBlock sources;

    AnswerFormat(SourcesBlock sources) {
        this.sources = sources;
    }

    Rich answer(Answer answer, Locale locale) {
        CitedAnswer cited = CitedAnswer.of(answer);
        Rich reply = Rich.of(cited.body());
        if (!answer.notice().isEmpty()) {
            reply.line().italic(answer.notice());
        }
        sources.append(reply, locale, "sources.heading", cited.sources(), cited.marks());
        sources.append(reply, locale, "related.heading", cited.related(), Marks.NONE);
        return reply;
    }

    /** Text still being written, shown as it grows. */
    Rich partial(String text) {
        return Rich.of(text);
    }
}
