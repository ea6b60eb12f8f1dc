package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the words are tagged after the corrections, whatever the tagger made of them first. */
class TagCorrectionsTest {

    @ParameterizedTest(name = "{1} in \"{0}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Kyiv has accused Moscow of abducting children.    | has       | AUX
            A Greek-owned tanker was seized.                  | owned     | ADJ
            Employers offered a 3 percent raise.              | raise     | NOUN
            Judges found that Benedetti accepted the money.   | Benedetti | PROPN
            Fjordair will strike in May.                      | Fjordair  | PROPN
            The company moved its cover to Nordic Re.         | Re        | PROPN
            Veldmark's chief executive said its profit margin might fall. | executive | NOUN
            Jan Novak, chief executive of Baltic Rail, said fares would rise. | executive | NOUN
            The minister, aware of the risks, said fares would rise. | aware | ADJ
            The court adjourned the hearing after defence lawyers asked for more time. | after | SCONJ
            The court adjourned the hearing after the protests in May. | after | ADP
            Rescuers pulled four skiers from an avalanche near the resort of Zinal on Sunday. | Zinal | PROPN
            The firm sold planes to Finnish airlines in May.  | Finnish   | ADJ
            The farmers had sued Northgate in May after it offered to buy only part of their land. | Northgate | PROPN
            A ruling by the commission is expected within six months. | ruling | NOUN
            Veldmark's chief executive said its profit margin might fall. | margin    | NOUN
            Someone will strike in May.                       | Someone   | PRON
            The fee was not made public, though a newspaper reported it. | though | SCONJ
            The company plans to shift some production to Sweden. | plans   | VERB
            The firm plans to invest 480 million euros and expects to produce 25,000 tonnes a year. | expects | VERB
            expects to produce about 25,000 tonnes of lithium concentrate a year | expects | VERB
            Nordhavn's shares rose 6 percent in Copenhagen. | shares    | NOUN
            Nordhavn's shares rose 6 percent in Copenhagen. | rose      | VERB
            Minase Optical overtook a Chinese rival last year. | overtook | VERB
            He cautioned that melting might have disturbed the layers. | might | AUX
            The military might of the state grew.           | might     | NOUN
            Anna Berg, who heads Nordlys, said fares would rise. | heads    | VERB
            The union asked which firms had signed the deal. | firms     | NOUN
            Shares fell 5 percent, their steepest fall since 2019. | steepest | ADJ
            Shares fell 5 percent, their steepest fall since 2019. | fall     | NOUN
            Auditors said the inspectors would most likely focus on the brakes. | focus | VERB
            Auditors said the inspectors would most likely focus on the brakes. | likely | ADV
            Prices will most likely rise in May.            | likely    | ADV
            Their focus will be the brakes.                 | focus     | NOUN
            The disciplinary tribunal said officers in Braga had arrested a coach. | said | VERB
            The disciplinary tribunal said officers in Braga had arrested a coach. | tribunal | NOUN
            Shareholders said the company had invested more than $2 billion in the port. | Shareholders | NOUN
            """)
    void should_correct_the_tagger_where_grammar_says_otherwise(String text, String word, String tag) {
        Token corrected = TagCorrections.applied(EnglishTagger.shared().tag(text)).stream()
                .filter(token -> token.text().equals(word)).findFirst().orElseThrow();

        assertThat(corrected.tag()).isEqualTo(tag);
    }

    @Test
    void should_take_a_capitalised_word_inside_a_sentence_taken_for_an_interjection_or_a_foreign_word_for_a_name() {
        List<Token> tagged = List.of(new Token("The", "the", "the", "DET"), new Token("Orion-7", "orion-7", "orion-7", "INTJ"),
                new Token("and", "and", "and", "CCONJ"), new Token("Vestline", "vestline", "vestlin", "X"),
                new Token("failed", "failed", "fail", "VERB"));

        assertThat(TagCorrections.applied(tagged)).extracting(Token::tag).containsExactly("DET", "PROPN", "CCONJ", "PROPN", "VERB");
    }

    @Test
    void should_take_one_word_in_out_after_a_modifier_for_a_noun_and_not_an_adverb() {
        List<Token> tagged = List.of(new Token("no", "no", "no", "DET"), new Token("state", "state", "state", "NOUN"),
                new Token("payout", "payout", "payout", "ADV"), new Token("for", "for", "for", "ADP"),
                new Token("farmers", "farmers", "farmer", "NOUN"));

        assertThat(TagCorrections.applied(tagged)).extracting(Token::tag).containsExactly("DET", "NOUN", "NOUN", "ADP", "NOUN");
    }
}
