package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who signs a document, as its foot gives them: a name on a line of its own over the post they sign as ("Dr Ulrike
 * Prantl" over "Chair of the Board"), or a name marked as signed ("(Sgd.) ESTRELLA M. UY") or under a letter's closing
 * ("Yours sincerely,"). A block under "Attested by:" is the attester's, not the signatory's.
 *
 * @param name the signatory's name, in title case when written in capitals
 * @param post the post they sign as, or empty
 * @param text the block as the article writes it
 */
public record SignatureBlock(String name, String post, String text) {

    /** A signature stands in the last few paragraphs, under the text it signs and over an attester's block. */
    private static final int LAST_PARAGRAPHS = 5;
    private static final int MAX_POST_LINES = 2;
    private static final int MAX_POST_WORDS = 8;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
    private static final Pattern SIGNED = Pattern.compile("(?i)^(?:\\(sgd\\.?\\)|sgd\\.|\\(signed\\)|signed[:,]?)\\s*");
    private static final Pattern CLOSING = Pattern.compile("(?i)(?:yours\\s+(?:sincerely|faithfully|truly)|sincerely(?:\\s+yours)?"
            + "|(?:with\\s+)?(?:best|kind)\\s+regards|regards|respectfully(?:\\s+yours)?)\\s*,?");
    private static final Pattern WITNESS = Pattern.compile("(?i)(?:attested|witnessed|countersigned|certified|noted)(?:\\s+by)?\\s*:?");
    /** Words of a page's furniture, which two lines of capitalised words at its foot may be ("Media Contact"). */
    private static final Set<String> FURNITURE = Set.of("contact", "contacts", "media", "press", "notes", "editors", "editor",
            "related", "stories", "ends", "enquiries", "inquiries", "source", "sources", "more", "read", "see", "also",
            "links", "follow", "share", "tags", "topics", "about", "copyright", "photo", "photos", "image", "credit",
            "advertisement", "subscribe", "newsletter", "office", "department", "committee", "board", "council");

    /** The signature at the foot of the body, if it has one. */
    public static Optional<SignatureBlock> at(String body) {
        List<int[]> paragraphs = paragraphs(body);
        int first = Math.max(0, paragraphs.size() - LAST_PARAGRAPHS);
        for (int i = paragraphs.size() - 1; i >= first; i--) {
            int[] paragraph = paragraphs.get(i);
            boolean attester = i > 0 && WITNESS.matcher(text(body, paragraphs.get(i - 1))).matches();
            boolean underClosing = i > 0 && CLOSING.matcher(text(body, paragraphs.get(i - 1))).matches();
            Optional<SignatureBlock> block = block(body, paragraph, underClosing);
            if (block.isPresent() && !attester) {
                return block;
            }
        }
        return Optional.empty();
    }

    private static Optional<SignatureBlock> block(String body, int[] paragraph, boolean underClosing) {
        String text = text(body, paragraph);
        List<String> lines = new ArrayList<>(List.of(text.split("\\s*\\n\\s*")));
        boolean closing = CLOSING.matcher(lines.get(0)).matches();
        if (closing) {
            lines.remove(0);
        }
        if (lines.isEmpty() || lines.size() > 1 + MAX_POST_LINES) {
            return Optional.empty();
        }
        Matcher signed = SIGNED.matcher(lines.get(0));
        boolean marked = signed.lookingAt();
        String nameLine = marked ? lines.get(0).substring(signed.end()) : lines.get(0);
        Optional<String> name = personName(nameLine);
        List<String> posts = lines.subList(1, lines.size());
        if (name.isEmpty() || !posts.stream().allMatch(SignatureBlock::isPost)
                || posts.isEmpty() && !marked && !closing && !underClosing) {
            return Optional.empty();
        }
        int start = closing ? body.indexOf(lines.get(0), paragraph[0]) : paragraph[0];
        return Optional.of(new SignatureBlock(name.get(), String.join(", ", posts), body.substring(start, paragraph[1])));
    }

    /** Two to five capitalised words, none of them a page's furniture and none a figure. */
    private static Optional<String> personName(String line) {
        String[] words = line.strip().split("\\s+");
        if (words.length < 2 || line.chars().anyMatch(Character::isDigit) || line.contains(",")
                || java.util.Arrays.stream(words).anyMatch(word -> FURNITURE.contains(word.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return PersonNames.name(line);
    }

    /** A post: a few words, the first capitalised, with no figure and no closing stop ("Chair of the Board"). */
    private static boolean isPost(String line) {
        String post = line.strip();
        return !post.isEmpty() && Character.isUpperCase(post.charAt(0)) && post.split("\\s+").length <= MAX_POST_WORDS
                && post.chars().noneMatch(Character::isDigit) && !post.endsWith(".") && !post.endsWith(":")
                && !post.endsWith("?") && !post.endsWith("!");
    }

    private static List<int[]> paragraphs(String body) {
        List<int[]> paragraphs = new ArrayList<>();
        int start = 0;
        Matcher gap = PARAGRAPH_BREAK.matcher(body);
        while (gap.find()) {
            add(body, start, gap.start(), paragraphs);
            start = gap.end();
        }
        add(body, start, body.length(), paragraphs);
        return paragraphs;
    }

    private static void add(String body, int start, int end, List<int[]> paragraphs) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            paragraphs.add(new int[] {start, end});
        }
    }

    private static String text(String body, int[] paragraph) {
        return body.substring(paragraph[0], paragraph[1]);
    }
}
