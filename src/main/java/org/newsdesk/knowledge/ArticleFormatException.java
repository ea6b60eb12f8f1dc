package org.newsdesk.knowledge;

/** An article file whose content cannot be used; the message names the problem for the reload report. */
public class ArticleFormatException extends Exception {

    public ArticleFormatException(String reason) {
        super(reason);
    }
}
