package org.newsdesk.answer;

import java.time.LocalDate;

/**
 * Where part of an answer comes from.
 *
 * @param document  file name of the article in the knowledge folder
 * @param published publication date, or null when the article does not give one
 * @param quote     the sentence, exactly as the article has it
 * @param score     how well the sentence matched the question, higher is better (comparable within one answer)
 */
public record Source(String document, String title, String publisher, LocalDate published, String quote,
                     double score) {
}
