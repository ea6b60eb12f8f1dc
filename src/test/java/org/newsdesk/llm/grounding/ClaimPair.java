package org.newsdesk.llm.grounding;

/** A sentence and the words it rests on, each read as English, for the tests of the checks that compare them. */
record ClaimPair(String claim, Statement said, Statement source) {

    static ClaimPair of(String claim, String support) {
        return new ClaimPair(claim, Statement.of(claim), Statement.of(support));
    }

    /** The sentence's first clause. */
    Clause clause() {
        return said.clauses.get(0);
    }

    /** The support's clause that the sentence's first clause restates. */
    Clause restated() {
        return source.restated(clause());
    }
}
