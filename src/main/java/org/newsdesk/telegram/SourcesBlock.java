package org.newsdesk.telegram;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsdesk.layout.Cited;
import org.newsdesk.layout.Marks;
import org.newsdesk.layout.SourceNote;
import org.newsdesk.prompts.Messages;

/**
 * A source list as a block the reader opens with a tap: a heading, then each article once (title,
 * publisher, date and how long ago), with the sentences under it the text above does not already show.
 */
record SourcesBlock(Supplier<Messages> messages, Bylines bylines) {

    /** Adds the block to {@code reply} on a line of its own; nothing when there are no notes. */
    void append(Rich reply, Locale locale, String headingKey, List<SourceNote> notes, Marks marks) {
        if (notes.isEmpty()) {
            return;
        }
        Rich block = new Rich().bold(messages.get().text(locale, headingKey));
        for (SourceNote note : notes) {
            block.line();
            if (marks == Marks.ARTICLES) {
                block.plain(note.mark() + " ");
            }
            block.bold(note.article().title()).line().plain(bylines.of(locale, note.article()));
            for (Cited quote : note.quotes()) {
                block.line().plain(marks == Marks.PASSAGES ? quote.mark() + " " : "").italic(quote.text());
            }
        }
        reply.line().expandable(block);
    }
}
