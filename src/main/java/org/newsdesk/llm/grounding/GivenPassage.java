package org.newsdesk.llm.grounding;

/**
 * A passage as the model was shown it.
 *
 * @param number    the number the model cites it by, from 1
 * @param text      the sentence from the article
 * @param title     the article's title, shown with the passage (a figure in it is supported too)
 * @param publisher who published the article, shown with the passage
 * @param published the publication date as shown, or empty
 */
public record GivenPassage(int number, String text, String title, String publisher, String published) {

    /** Everything the model saw for this passage: what a figure, quotation or name may come from. */
    String shown() {
        return title + "\n" + text + "\n" + publisher + "\n" + published;
    }
}
