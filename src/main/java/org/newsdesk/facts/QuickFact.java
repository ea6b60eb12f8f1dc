package org.newsdesk.facts;

/**
 * One quick fact and the sentence that supports it.
 *
 * @param kind      curated by an editor, or what sort of detail was drawn from the text
 * @param statement the fact in a few words: the editor's wording, or the detail itself ("150 prisoners")
 */
public record QuickFact(Kind kind, String statement, Quote quote) {

    public enum Kind { CURATED, FIGURE, PERSON, PLACE, DATE }
}
