package org.newsdesk.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides whether a message is meant for the bot and what it asks. In a private chat everything is:
 * a command or a question. In a group only what is addressed to the bot: a command (bare, or
 * {@code /cmd@thisbot}; never {@code /cmd@otherbot}), a mention of the bot, or a reply to one of its
 * messages. Messages the bot itself posted through inline mode are never taken as questions, nor are
 * those of other bots; an anonymous group admin, whose messages come from a placeholder bot, is read
 * like any member.
 */
final class Addressing {

    private static final Pattern COMMAND = Pattern.compile(
            "^/(?<name>[A-Za-z0-9_]{1,64})(?:@(?<bot>[A-Za-z0-9_]{1,64}))?(?:\\s+(?<rest>.*))?$", Pattern.DOTALL);

    private final BotIdentity me;
    private final Pattern mention;

    Addressing(BotIdentity me) {
        this.me = me;
        this.mention = Pattern.compile("(?<![\\w@])@" + Pattern.quote(me.username()) + "\\b", Pattern.CASE_INSENSITIVE);
    }

    Optional<Request> read(Message message) {
        boolean fromBot = Boolean.TRUE.equals(message.getFrom() == null ? null : message.getFrom().getIsBot());
        if (message.getFrom() == null || fromBot && !Incoming.isAnonymousAdmin(message)
                || (message.getViaBot() != null && message.getViaBot().getId() == me.id())) {
            return Optional.empty();
        }
        if (message.isUserMessage()) {
            return message.hasText() ? readPrivate(message.getText()) : Optional.ofNullable(notText(message));
        }
        if (message.isGroupMessage() || message.isSuperGroupMessage()) {
            return readGroup(message);
        }
        return Optional.empty();
    }

    private Optional<Request> readPrivate(String text) {
        Matcher command = COMMAND.matcher(text.strip());
        return command.matches() ? command(command, true) : Optional.of(new Request.Ask(text.strip()));
    }

    private Optional<Request> readGroup(Message message) {
        boolean replyToMe = message.getReplyToMessage() != null && message.getReplyToMessage().getFrom() != null
                && message.getReplyToMessage().getFrom().getId() == me.id();
        if (!message.hasText()) {
            boolean mentioned = message.getCaption() != null && mention.matcher(message.getCaption()).find();
            return replyToMe || mentioned ? Optional.ofNullable(notText(message)) : Optional.empty();
        }
        String text = message.getText().strip();
        Matcher command = COMMAND.matcher(text);
        if (command.matches()) {
            // a bare command in a group is for whichever bot knows it; an unknown one is not ours to answer
            return command(command, false);
        }
        Matcher mentioned = mention.matcher(text);
        if (mentioned.find()) {
            return Optional.of(new Request.Ask(mentioned.replaceAll(" ").strip().replaceAll("\\s{2,}", " ")));
        }
        return replyToMe ? Optional.of(new Request.Ask(text)) : Optional.empty();
    }

    /** A command for this bot, if it is one: unknown ones only when explicitly addressed or in private. */
    private Optional<Request> command(Matcher command, boolean privateChat) {
        String bot = command.group("bot");
        if (bot != null && !bot.equalsIgnoreCase(me.username())) {
            return Optional.empty();
        }
        String rest = command.group("rest") == null ? "" : command.group("rest").strip();
        Optional<BotCommandName> known = BotCommandName.named(command.group("name"));
        if (known.isPresent()) {
            return Optional.of(new Request.Run(known.get(), rest));
        }
        return privateChat || bot != null ? Optional.of(new Request.Unknown(command.group("name"))) : Optional.empty();
    }

    /** A hint for content the bot cannot read; nothing for service messages (members joining and such). */
    private static Request notText(Message message) {
        boolean content = message.hasSticker() || message.hasPhoto() || message.hasVoice() || message.hasVideo()
                || message.hasAudio() || message.hasDocument() || message.hasAnimation() || message.hasVideoNote()
                || message.hasLocation() || message.hasContact() || message.hasPoll() || message.hasDice()
                || message.hasStory() || message.hasPaidMedia() || message.hasGame();
        return content ? new Request.NotText() : null;
    }
}
