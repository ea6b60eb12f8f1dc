package org.newsdesk.llm.grounding;

/**
 * The words of a passage a statement says it rests on, as the model quoted them.
 *
 * @param number the passage cited
 * @param span   the quoted words, without the quotation marks around them
 */
public record Support(int number, String span) {
}
