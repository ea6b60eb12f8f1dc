package org.newsdesk.telegram;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Buttons under a message, in rows; each sends its callback data back to the bot when pressed. */
record Keyboard(List<List<Button>> rows) {

    static final Keyboard NONE = new Keyboard(List.of());

    /** @param data what the press sends back, at most {@link CallbackData#MAX_BYTES} bytes */
    record Button(String text, CallbackData data) {
    }

    Keyboard {
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The Bot API's inline keyboard, or null for none. */
    InlineKeyboardMarkup markup() {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            keyboard.add(new InlineKeyboardRow(row.stream().map(button -> InlineKeyboardButton.builder()
                    .text(button.text()).callbackData(button.data().encoded()).build()).toList()));
        }
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }
}
