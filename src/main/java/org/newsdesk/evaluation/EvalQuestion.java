package org.newsdesk.evaluation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question of a question file.
 *
 * @param line       where it stands in the file (1-based), for messages
 * @param text       the question as a reader would ask it
 * @param kind       what it tests
 * @param expect     what the answer text must contain (case-insensitive, found anywhere); for a
 *                   question that must be declined, what the refusal must contain
 * @param answerable whether the articles answer it
 * @param document   the article the first cited source must come from, if it matters
 * @param after      for a follow-up, the question asked just before it in the same conversation
 */
public record EvalQuestion(int line, String text, EvalKind kind, Pattern expect, boolean answerable,
                           Optional<String> document, Optional<String> after) {
}
