package org.newsdesk.llm.grounding;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a sentence's clauses meet: at a semicolon, before "while", "but", ", and" and the like, and before a
 * relative clause set off by a comma that closes the sentence.
 */
final class Clauses {

    private Clauses() {
    }

    /** The words of each clause, in order; a joining word opens the clause it joins. */
    static List<List<Token>> in(List<Token> tokens) {
        List<List<Token>> clauses = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean joiner = Grammar.CLAUSE_JOINERS.contains(token.lower()) && token.is("CCONJ", "SCONJ")
                    && (!token.lower().equals("and") || i > 0 && tokens.get(i - 1).lower().equals(","))
                    || closingRelativeClause(tokens, i);
            if (token.lower().equals(";") || joiner) {
                if (!current.isEmpty()) {
                    clauses.add(current);
                }
                current = new ArrayList<>();
                if (!joiner) {
                    continue;
                }
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            clauses.add(current);
        }
        return clauses;
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
