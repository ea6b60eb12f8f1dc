package org.newsdesk.llm.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One clause: whom its noun phrases speak of, their roles, the words its negations apply to, how sure it is, its content words (by stem), its words, the content words it gives as a suspicion (those after "on
 * suspicion of", "accused of"...), and those it gives only as not yet done (after "is expected to", "needs",
 * "ordered").
 */
record Clause(List<Participant> participants, List<Slot> slots, List<String> negated, Certainty.Degree certainty,
              Set<String> content, List<Token> words, Set<String> suspected, Set<String> unrealised) {

    static Clause of(List<Token> words) {
        List<NounPhrase> phrases = NounPhrases.in(words);
        Set<String> content = new HashSet<>();
        words.stream().filter(Token::content).forEach(token -> content.add(token.stem()));
        return new Clause(phrases.stream().map(NounPhrase::who).toList(), Roles.in(words, phrases),
                Negations.in(words), Certainty.degree(words), content, List.copyOf(words),
                Certainty.suspected(words), Certainty.unrealised(words));
    }

    /** Whether it says what it says as less than certain. */
    boolean hedged() {
        return certainty != Certainty.Degree.CERTAIN;
    }
}
