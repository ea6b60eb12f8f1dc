package org.newsdesk.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Gives the parts of a noun made of a verb and its particle beside the noun itself, at its position:
 * "handover" also "hand" and "over", "shutdown" "shut" and "down", "layoffs" "lay" and "off". Stemming
 * then makes "hand" of "handed", so "the handover" and "was handed over" share their words. No stemmer
 * or lemmatiser splits such compounds; the rule is the one English forms them by.
 */
final class ParticleFilter extends TokenFilter {

    /** The type of a part, so that a reader of the words as written can leave the parts out. */
    static final String PART = "particle-part";

    /** A head of three letters or more, a particle, and an optional plural. */
    private static final Pattern COMPOUND = Pattern.compile("([a-z]{3,})(over|out|up|down|off|back)(s?)");
    /** Words that end like such a compound but are not one. */
    private static final Set<String> NOT_COMPOUNDS = Set.of("without", "throughout", "moreover", "devout", "sprout",
            "sprouts");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Deque<String> parts = new ArrayDeque<>(2);

    ParticleFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            term.setEmpty().append(parts.pop());
            position.setPositionIncrement(0);
            type.setType(PART);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        Matcher compound = COMPOUND.matcher(word);
        if (compound.matches() && !NOT_COMPOUNDS.contains(word)) {
            parts.add(compound.group(1));
            parts.add(compound.group(2));
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
