package org.newsdesk.layout;

/** What the marks ([1], [2]) of a text refer to, and so how its source list shows them. */
public enum Marks {
    /** The articles of the source list: "[1] Title". */
    ARTICLES,
    /** The sentences listed under the articles: "[1] “sentence”". */
    PASSAGES,
    /** Nothing: the list stands apart from the text (related sentences). */
    NONE
}
