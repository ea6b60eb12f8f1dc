package org.newsdesk.text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Makes untrusted text safe to print: control characters (C0, DEL, C1), line and paragraph separators
 * and bidirectional overrides become visible escapes (a newline as backslash-n, ESC as backslash-u001b),
 * so a file name cannot start a new report line, move the cursor of a terminal or reverse the text after it.
 * Every adapter prints file names and reasons through here.
 */
public final class Printable {

    /** Long enough for any real relative path in a knowledge folder or reason; a 4,000-character path is cut. */
    public static final int MAX_BRIEF_LENGTH = 160;

    private Printable() {
    }

    /** The text on one line: every control character escaped, newlines included. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** The text with its line structure kept: newlines and tabs stay, other control characters are escaped. */
    public static String text(String text) {
        return escape(text, true);
    }

    /** A name (a file, a folder) or a reason on one line, cut in the middle when longer than {@link #MAX_BRIEF_LENGTH}. */
    public static String brief(String text) {
        String line = line(text);
        if (line.length() <= MAX_BRIEF_LENGTH) {
            return line;
        }
        int half = (MAX_BRIEF_LENGTH - 1) / 2;
        int head = Character.isHighSurrogate(line.charAt(half - 1)) ? half - 1 : half;
        int tail = line.length() - half;
        tail = Character.isLowSurrogate(line.charAt(tail)) ? tail + 1 : tail;
        return line.substring(0, head) + "…" + line.substring(tail);
    }

    /**
     * Why a file-system operation failed, in a few words ("permission denied", "file name too long"):
     * never the exception's message, which repeats the whole path.
     */
    public static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof FileSystemException system && system.getReason() != null) {
            return line(system.getReason().toLowerCase(Locale.ROOT));
        }
        return failure.getClass().getSimpleName();
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean kept = !needsEscape(c) || keepLines && (c == '\n' || c == '\t');
            if (kept) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    /** The explicit embeddings, overrides and isolates, and the Arabic letter mark, that reorder what follows. */
    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u061C';
    }
}
