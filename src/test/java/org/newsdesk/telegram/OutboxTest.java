package org.newsdesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.OkHttpClient;
import org.newsdesk.config.Redactor;
import org.junit.jupiter.api.Test;
import org.newsdesk.store.MemoryPacing;
import org.newsdesk.testsupport.telegram.FakeBotApi;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The outbox against the fake Bot API with the real TelegramBots client. */
class OutboxTest {

    @Test
    void should_take_message_is_not_modified_in_stride_and_put_buttons_under_the_last_message() throws Exception {
        try (FakeBotApi api = new FakeBotApi(RunningBot.TOKEN)) {
            // given
            Outbox outbox = new Outbox(new OkHttpTelegramClient(new OkHttpClient(), RunningBot.TOKEN, api.telegramUrl()),
                    new FloodControl(FloodControl.Limits.TELEGRAM, new MemoryPacing(System::nanoTime)), new ShutdownSignal(),
                    new Redactor(RunningBot.TOKEN), new ChatTrail());
            Target chat = new Target(9101, null, false, null);
            int id = outbox.send(chat, List.of(new Span("Same text.", Span.Style.PLAIN))).orElseThrow();
            Keyboard buttons = new Keyboard(List.of(List.of(new Keyboard.Button("Go",
                    CallbackData.of(CallbackData.Action.WHAT_I_ANSWER)))));

            // when the message is edited to what it already shows, then a long reply with buttons is sent
            outbox.edit(chat, id, List.of(new Span("Same text.", Span.Style.PLAIN)), Keyboard.NONE);
            outbox.send(chat, Rich.of("x ".repeat(3_000)).keyboard(buttons));

            // then the refusal is not retried, and only the last of the long reply's messages has the buttons
            assertThat(api.calls("editMessageText")).hasSize(1);
            List<FakeBotApi.Sent> sent = api.messagesTo(9101);
            assertThat(sent).hasSize(3);
            assertThat(sent.get(1).buttons()).isEmpty();
            assertThat(sent.get(2).buttons()).containsExactly("Go");
            outbox.close();
        }
    }
}
