package org.newsdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blocks a web page prints between or after its paragraphs that belong to the site, not the story: a "Most read"
 * or "Related" heading over a list of other headlines, "Advertisement", and the byline and date stamps under a
 * standfirst or a match result. Saved with the page, their lines would be
 * passages of the article: a question about the Gower car park would be answered with a headline from the "Most read"
 * list of a story on a power cut. A block is its heading line and the short lines right under it; when a blank line
 * follows the heading, the paragraph after it if it is a list. Read line by line, so linear in the body's length.
 */
public final class PageFurniture {

    /** The headings sites give such blocks, alone on their line. */
    private static final Pattern HEADING = Pattern.compile("(?i)(?:most (?:read|popular|viewed|shared|commented)"
            + "|related(?: (?:stories|articles|content|coverage|links|news|topics))?|read (?:more|next|also)"
            + "|more (?:on this story|stories|from [\\p{L} ]{1,30}|news)|(?:top|latest|trending|popular|recommended) stories"
            + "|trending(?: now)?|recommended(?: for you)?|you (?:may|might) also like|also in (?:the )?news"
            + "|advertisement|sponsored(?: content)?|share (?:this|the) (?:article|story)|follow us(?: on [\\p{L} ]{1,20})?"
            + "|sign up (?:for|to) [\\p{L} ]{1,40}|topics|tags)[.:]?");
    /** A link to another story on a line of its own, after its label: ANTARA's "Related news: Potato farmers hit by …". */
    private static final Pattern LINK_LINE = Pattern.compile("(?i)(?:related(?: (?:stories|story|articles?|news|coverage))?"
            + "|read (?:more|next|also)|see also|also read)[ \\t]*:[ \\t]*\\S.*");
    /** A list item: "1. Headline", "- Headline", "• Headline". */
    private static final Pattern LIST_ITEM = Pattern.compile("\\A(?:\\d{1,2}[.)]|[-–•*·])\\s");
    /** A block's lines are headlines or labels: longer lines are reporting. */
    private static final int MAX_LINE = 160;

    private final List<int[]> blocks;

    private PageFurniture(List<int[]> blocks) {
        this.blocks = blocks;
    }

    /** The furniture blocks of an article's reporting. */
    public static PageFurniture of(Article article) {
        return in(article.body(), article.lead(), article.end());
    }

    static PageFurniture in(String body, int from, int to) {
        List<int[]> blocks = new ArrayList<>();
        int at = from;
        while (at < to) {
            int lineEnd = lineEnd(body, at, to);
            // a byline and date stamps under a standfirst or a match result: read as the report's credits (Head), and
            // no passages ("By Gemma Satterthwaite / Sunday 18 May 2025" answered "how many spectators attended?")
            BylineBlock credits = at > from && at < from + Head.MAX_STANDFIRST ? BylineBlock.read(body, at) : null;
            if (credits != null && !credits.isEmpty() && credits.end() > at) {
                int blockEnd = Math.min(credits.end(), to);
                blocks.add(new int[] {at, blockEnd});
                at = blockEnd;
                continue;
            }
            if (lineEnd - at <= MAX_LINE && LINK_LINE.matcher(body.substring(at, lineEnd).strip()).matches()) {
                blocks.add(new int[] {at, lineEnd});
                at = lineEnd;
            } else if (lineEnd - at <= MAX_LINE && HEADING.matcher(body.substring(at, lineEnd).strip()).matches()) {
                int blockEnd = shortLinesUnder(body, lineEnd, to);
                if (blockEnd == lineEnd) {
                    blockEnd = listAfterBlankLine(body, lineEnd, to);
                }
                blocks.add(new int[] {at, blockEnd});
                at = blockEnd;
            } else {
                at = lineEnd;
            }
            at = at < to && body.charAt(at) == '\n' ? at + 1 : at;
        }
        return new PageFurniture(List.copyOf(blocks));
    }

    /** Whether the text at this offset of the body belongs to a furniture block. */
    public boolean covers(int offset) {
        // the blocks are in order and apart: the last one starting at or before the offset is the only candidate
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (blocks.get(middle)[0] <= offset) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return high >= 0 && offset < blocks.get(high)[1];
    }

    /** The end of the short, non-blank lines right under a line that ends at {@code lineEnd}. */
    private static int shortLinesUnder(String body, int lineEnd, int to) {
        int end = lineEnd;
        while (end < to && body.charAt(end) == '\n') {
            int next = lineEnd(body, end + 1, to);
            if (body.substring(end + 1, next).isBlank() || next - end - 1 > MAX_LINE) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** The end of the paragraph after the blank line below a heading, if all its lines are list items. */
    private static int listAfterBlankLine(String body, int lineEnd, int to) {
        int start = lineEnd;
        while (start < to && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < to) {
            int next = lineEnd(body, end, to);
            String line = body.substring(end, next);
            if (line.isBlank()) {
                break;
            }
            if (!LIST_ITEM.matcher(line.strip()).lookingAt() || next - end > MAX_LINE) {
                return lineEnd;
            }
            end = next < to ? next + 1 : next;
        }
        return end > start ? end : lineEnd;
    }

    private static int lineEnd(String body, int from, int to) {
        int end = body.indexOf('\n', from);
        return end < 0 || end > to ? to : end;
    }
}
