package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence's clauses meet: at a semicolon, before "while", "but", ", and" (when a verb follows it) and the
 * like, and before a relative clause set off by a comma that closes the sentence.
 */
final class Clauses {

    private Clauses() {
    }

    /**
     * The words of each clause, in order; a joining word opens the clause it joins. A ", and" that no verb follows
     * goes on the clause it continues: the one before, or, after a relative clause set off by a comma, the clause
     * that relative clause was taken out of ("claims arising from the tanker, which ran aground in July, and from
     * the October fire": the claims arise from the fire, the tanker did not run aground from it).
     */
    static List<List<Token>> in(List<Token> tokens) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        boolean listed = false;
        boolean relative = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean andAfterComma = token.lower().equals("and") && joins(tokens, i) && i > 0 && tokens.get(i - 1).lower().equals(",");
            if (andAfterComma && relative && !clauses.isEmpty() && !verbBeforeBreak(tokens, i + 1)) {
                clauses.add(current);
                current = clauses.get(clauses.size() - 2);
                listed = true;
                relative = false;
                current.add(token);
                continue;
            }
            boolean opensRelative = closingRelativeClause(tokens, i);
            boolean joiner = joins(tokens, i) && (!token.lower().equals("and") || andAfterComma && verbBeforeBreak(tokens, i + 1))
                    || opensRelative;
            if (token.lower().equals(";") || joiner) {
                if (!current.isEmpty() && !listed) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
                listed = false;
                relative = opensRelative;
                if (!joiner) {
                    continue;
                }
            }
            current.add(token);
        }
        if (!current.isEmpty() && !listed) {
            clauses.add(current);
        }
        return clauses;
    }

    private static boolean joins(List<Token> tokens, int i) {
        return Grammar.CLAUSE_JOINERS.contains(tokens.get(i).lower()) && tokens.get(i).is("CCONJ", "SCONJ");
    }

    /**
     * Whether a verb comes before the next semicolon or joining word, or the end: ", and from the October fire on
     * the tanker" has none, and goes on the clause before it (the "claims arising from" the grounding and from the
     * fire), where a clause of its own would restate no verb of the support.
     */
    private static boolean verbBeforeBreak(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && !tokens.get(k).lower().equals(";") && !joins(tokens, k); k++) {
            if (tokens.get(k).is("VERB", "AUX")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a relative clause set off by a comma starts here and runs to the end of the sentence: "the
     * government, which has not turned down a request since 2015" says two things, each restating a clause of
     * its own. One closed by a comma before the main verb ("Arsenal, which condemned the fans, said") is left
     * in its clause, whose subject stands before it.
     */
    private static boolean closingRelativeClause(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).lower().equals(",") || !Grammar.RELATIVE_PRONOUNS.contains(tokens.get(i).lower())
                || tokens.get(i).lower().equals("that")) {
            return false;
        }
        return !Grammar.verbAfterComma(tokens, i + 1);
    }
}
