package org.newsdesk.telegram;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsdesk.answer.Answer;
import org.newsdesk.answer.Answerer;
import org.newsdesk.answer.Question;
import org.newsdesk.answer.Source;
import org.newsdesk.language.ReaderLanguage;
import org.newsdesk.prompts.Messages;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * Inline mode: "@thisbot question" typed in any chat offers the answer, with its sources, as a result
 * the user can post. Telegram sends a query per pause in typing; only a user's latest is answered.
 */
final class InlineHandler {

    /** Short, so answers follow a reload soon; long enough to spare repeated typing of the same question. */
    static final int CACHE_SECONDS = 30;
    /** Telegram shows about this much of a result's title. */
    static final int TITLE_LENGTH = 80;

    private final Answerer answerer;
    private final BotStats stats;
    private final Outbox outbox;
    private final AnswerFormat format;
    private final Bylines bylines;
    private final Supplier<Messages> messages;
    private final Clock clock;
    private final Chunker chunker = new Chunker();
    private final Map<Long, String> latest = new ConcurrentHashMap<>();

    InlineHandler(Answerer answerer, BotStats stats, Outbox outbox, AnswerFormat format, Bylines bylines,
                  Supplier<Messages> messages, Clock clock) {
        this.answerer = answerer;
        this.stats = stats;
        this.outbox = outbox;
        this.format = format;
        this.bylines = bylines;
        this.messages = messages;
        this.clock = clock;
    }

    /** Called as the query arrives, so that a later one from the same user supersedes it. */
    void received(InlineQuery query) {
        latest.put(query.getFrom().getId(), query.getId());
    }

    void answer(InlineQuery query) {
        if (!query.getId().equals(latest.get(query.getFrom().getId()))) {
            return;
        }
        String text = query.getQuery() == null ? "" : query.getQuery().strip();
        if (text.isEmpty() || text.length() > Question.MAX_LENGTH) {
            outbox.call(AnswerInlineQuery.builder().inlineQueryId(query.getId()).results(List.of()).cacheTime(0).build());
            return;
        }
        String declared = query.getFrom().getLanguageCode() == null ? "" : query.getFrom().getLanguageCode();
        Locale locale = ReaderLanguage.of(declared, text).locale();
        long started = System.nanoTime();
        Answer answer = answerer.answer(new Question(text, "", List.of(), declared));
        stats.answered(text, answer.answerable(), (System.nanoTime() - started) / 1_000_000, clock.instant());
        List<Span> message = chunker.split(format.answer(answer, locale).spans()).get(0);
        InlineQueryResultArticle result = InlineQueryResultArticle.builder()
                .id(Integer.toHexString(text.hashCode()))
                .title(title(answer, locale))
                .description(description(answer, locale))
                .inputMessageContent(InputTextMessageContent.builder().messageText(Html.render(message))
                        .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                        .build())
                .build();
        outbox.call(AnswerInlineQuery.builder().inlineQueryId(query.getId()).result(result).cacheTime(CACHE_SECONDS)
                .build());
        latest.remove(query.getFrom().getId(), query.getId());
    }

    private String title(Answer answer, Locale locale) {
        if (!answer.answerable()) {
            return messages.get().text(locale, "telegram.inline-unanswered");
        }
        String text = answer.text();
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }

    private String description(Answer answer, Locale locale) {
        if (answer.sources().isEmpty()) {
            return answer.text();
        }
        Source source = answer.sources().get(0);
        return messages.get().text(locale, "telegram.inline-source", Map.of("title", source.title(),
                "byline", bylines.of(locale, source)));
    }
}
