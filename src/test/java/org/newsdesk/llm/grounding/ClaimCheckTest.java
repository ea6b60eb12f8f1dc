package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.llm.grounding.Problem.Kind;

/**
 * The claim check's rules one at a time: a sentence against the one passage it cites, quoting all of it (or,
 * when the passage is written "passage | span", the span of it). Each
 * rule has a faithful rewording it must let through and, where it could let a lie through, the lie it must
 * still catch. The sentences are made up for the rule, not taken from the lies corpus. Each concern's class
 * has focused tests of its own ({@link NameCheckTest}, {@link RoleCheckTest}...); these go through the whole
 * check, so a faithful rewording must pass every concern at once.
 */
class ClaimCheckTest {

    /** Rewordings of their passage that the check must let through. */
    static Stream<Arguments> faithfulRewordings() {
        return Stream.of(
                arguments("an opposite word negated restates the word",
                        "The board rejected the union's offer on Monday.",
                        "The board did not accept the union's offer on Monday."),
                arguments("'did not' restates 'failing to' after a preposition",
                        "The referee was banned for two years for failing to report the bribe.",
                        "The referee was banned for two years because he did not report the bribe."),
                arguments("a participle set off by commas describes the phrase before it",
                        "Police arrested the driver on Friday, but he has not been charged.",
                        "The driver, arrested on Friday, has not been charged."),
                arguments("the subject before a participle's phrase",
                        "Hale, ranked 12th in the party, won the seat in Leeds.",
                        "Hale, the party's number 12, won the seat in Leeds."),
                arguments("the phrase before a verb is its subject, not one more object of a preposition",
                        "The prosecutor said the mayor would appeal to the Supreme Court.",
                        "The mayor will take the case to the Supreme Court, the prosecutor said."),
                arguments("a name set beside the agent after 'by' is the agent too",
                        "The ship was seized on a warrant issued by a Dutch judge, Anna Berg.",
                        "A Dutch judge, Anna Berg, issued the warrant on which the ship was seized."),
                arguments("an accusation in a relative clause the sentence leaves out needs no attribution",
                        "A court approved the extradition of Lena Voss to Austria, where she is accused of tax fraud. | "
                                + "A court approved the extradition of Lena Voss to Austria",
                        "Lena Voss is to be extradited to Austria after a court approved it."),
                arguments("a span that starts with its verb is read with the passage's subject, capitals and all",
                        "Mayor Ines Kroll said the city did not plan tax rises but would delay the opening of a new "
                                + "bridge in Delft. | would delay the opening of a new bridge in Delft",
                        "Ines Kroll said the opening of a new bridge in Delft would be postponed."),
                arguments("a verb of expecting states nothing as done",
                        "The airline expects revenue of 4 billion euros this year, down from an earlier forecast of "
                                + "5 billion euros.",
                        "The airline now forecasts revenue of 4 billion euros this year, compared with 5 billion "
                                + "euros before."),
                arguments("'probably' for 'most likely', and 'the most likely' before its noun",
                        "The auditor said inspectors would most likely focus on a valve that had failed a test in May.",
                        "Inspectors would probably concentrate on a valve that had failed a test in May, the auditor said."),
                arguments("'the most likely' before its noun for 'would most likely'",
                        "The auditor said inspectors would most likely focus on a valve that had failed a test in May.",
                        "According to the auditor, a valve that had failed a test in May was the most likely focus for inspectors."),
                arguments("a verb coordinated with a verb of wanting is said as done",
                        "The mayor said the tower threatened the view of the old town and broke a promise the city had made in 2019.",
                        "The tower put the view of the old town at risk and broke a 2019 promise by the city, the mayor said."),
                arguments("'no' before the subject of another verb for 'not ... any'",
                        "The clerk said she had not seen any letter from the bank in Leeds and rejected the claim.",
                        "The clerk rejected the claim, saying no letter from the bank in Leeds had reached her."),
                arguments("'without' before a possessor for 'without the ... of'",
                        "The club sold the land in May without the consent of its older members.",
                        "The club sold the land in May without its older members' consent."),
                arguments("'below' for 'less than' before a figure, hedged alike",
                        "The minister said prices had risen for a third month and inflation would probably stay at less than 3 percent this year.",
                        "Prices rose for the third month running, and inflation this year would probably be below 3 percent, the minister said."),
                arguments("'possible' before adjectives and its noun, in another place",
                        "The coast guard said it had told both ships of a possible close encounter a day earlier.",
                        "The coast guard said it had warned both ships a day earlier of a possible close encounter."),
                arguments("'no inquiry has been opened' for 'has not opened an inquiry'",
                        "The council said it was studying the sale, but it has not opened an inquiry.",
                        "No inquiry has been opened by the council, which said it was studying the sale."),
                arguments("'could exceed' for 'could rise to more than'",
                        "An engineer said repair costs could rise to more than 40 million euros because the damage may take months to assess.",
                        "Because the damage may take months to assess, repair costs could exceed 40 million euros, an engineer said."),
                arguments("a speaker set beside its description after the object of 'from' comes from nowhere",
                        "The charity's director, Ana Lopes, said the charity would take 300 children to Malta on behalf of parents who fled from Sudan.",
                        "The charity will take 300 children to Malta for parents who fled from Sudan, its director, Ana Lopes, said."),
                arguments("a verb of forecasting before a clause without 'that' keeps the forecast attributed",
                        "Most analysts polled by a news agency had forecast that the bank would hold rates until May.",
                        "Before the decision, most analysts in a news agency poll had predicted the bank would keep rates unchanged until May."),
                arguments("'was possible' for 'could'",
                        "The union said its members could strike again in May if talks failed.",
                        "According to the union, another strike by its members in May was possible if talks failed."),
                arguments("'can' for the 'could' of reported speech",
                        "The agency said the runner could still appeal against the ruling.",
                        "The runner can still appeal against the ruling, the agency said."),
                arguments("a relative clause that closes the sentence restates a clause of its own",
                        "The city must still approve the plan, but it has not rejected a plan backed by residents "
                                + "since 2019.",
                        "The plan still needs approval from the city, which has not turned down a plan backed by "
                                + "residents since 2019."),
                arguments("a participle after a preposition's object closes a phrase, opening none",
                        "The Liberals, led by Jan Horak, won 12 seats, according to the commission.",
                        "The commission said Jan Horak's Liberals won 12 seats."),
                arguments("'not ... any' for 'no' before the object",
                        "The minister said the firm had broken no rules and would keep its licence.",
                        "The minister said the firm had not broken any rules."),
                arguments("'there was no' negates no act",
                        "The firm said data had been copied but that there was no evidence it had been sold.",
                        "Data had been copied, but there was no evidence that it had been sold, the firm said."),
                arguments("a participle after a comma has the clause's subject",
                        "Mayor Ada Link criticised the move, saying higher fares would hurt commuters.",
                        "Mayor Ada Link criticised the decision, saying higher fares would hurt commuters."),
                arguments("a verb that takes a 'that' clause keeps the attribution",
                        "The panel said the benefits of the drug outweighed the risks.",
                        "The panel concluded that the drug's benefits outweighed its risks."),
                arguments("what a party says of its own aims stays theirs",
                        "The Unite union said its members wanted a 5 percent raise.",
                        "The Unite union is seeking a 5 percent raise for its members."),
                arguments("'allegedly' for an accusation",
                        "Norway expelled a Russian diplomat on Monday, accusing him of spying.",
                        "Norway expelled a Russian diplomat on Monday for allegedly spying."),
                arguments("'has yet to' for 'has not yet'",
                        "The council has not yet decided whether to close the school, a spokesman said.",
                        "A spokesman said the council had yet to decide whether to close the school."),
                arguments("a name for a description the passages give it with",
                        "The pilots' union criticised the airline for cutting maintenance staff. // A jet of the "
                                + "Norwegian airline Skyfly landed in Bergen on Sunday.",
                        "The pilots' union criticised Skyfly for cutting maintenance staff."),
                arguments("a clause after 'no evidence' kept under it",
                        "The hospital said records had been encrypted but that there was no evidence they had been "
                                + "copied.",
                        "Records were encrypted, but the hospital said it had no evidence that they had been copied."),
                arguments("a figure checked against what it counts most nearly",
                        "The union said its members wanted a 6 percent raise, while employers have offered 3 percent.",
                        "The union said its members were seeking a 6 percent raise, while employers have put 3 "
                                + "percent on the table."),
                arguments("a bound on a figure in other words",
                        "Analysts said prices could rise by up to 15 percent if the dispute resumes.",
                        "Analysts said prices might climb by as much as 15 percent should the dispute resume."),
                arguments("the same place word, another noun after it",
                        "The club said the fee could rise to 45 million euros if Benfica win the Portuguese league.",
                        "The club said the fee could climb to 45 million euros if Benfica win the Portuguese title."),
                arguments("a trailing attribution is no part of what is sought",
                        "Investigators may also seek the arrest of his partner, Olena Marchuk, a prosecutor told "
                                + "reporters.",
                        "A prosecutor told reporters that investigators might also seek the arrest of Olena Marchuk, "
                                + "his partner."),
                arguments("two partners of two nouns, the clauses joined otherwise",
                        "Novak said he would open coalition talks with the Greens on Monday but ruled out governing "
                                + "with the Freedom Movement.",
                        "Novak ruled out governing with the Freedom Movement and said he would begin coalition talks "
                                + "with the Greens on Monday."),
                arguments("a capital for its country, the same noun after it",
                        "A Paris court fined the bank 5 million euros on Monday.",
                        "A French court fined the bank 5 million euros on Monday."),
                arguments("a score kept with the leg it was won in",
                        "Porto, who won the first leg 3-1 in Lisbon, went through 4-2 on aggregate.",
                        "Having won the first leg 3-1 in Lisbon, Porto went through 4-2 on aggregate."),
                arguments("a name for the pronoun in its role",
                        "His lawyer said his client would appeal to the Supreme Court. // Karl Moser was convicted "
                                + "of fraud in Vienna on Monday.",
                        "Karl Moser will take his case to the Supreme Court, his lawyer said."),
                arguments("a name for the possessive pronoun of the phrase in its role",
                        "Analysts said its shares had risen 4 percent on Tuesday. // Norda cut its forecast on Monday.",
                        "Analysts said Norda's shares had risen 4 percent on Tuesday."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faithfulRewordings")
    void should_let_a_faithful_rewording_through(String what, String passage, String claim) {
        assertThat(problems(passage, claim)).isEmpty();
    }

    /** Misstatements of their passage, each with the problem the check must name among any others. */
    static Stream<Arguments> misstatements() {
        return Stream.of(
                arguments("'most likely' dropped",
                        "The auditor said inspectors would most likely focus on a valve that had failed a test in May.",
                        "The auditor said inspectors would focus on a valve that had failed a test in May.",
                        Kind.CHANGED_MODALITY),
                arguments("'not ... any' dropped",
                        "The clerk said she had not seen any letter from the bank in Leeds and rejected the claim.",
                        "The clerk said she had seen a letter from the bank in Leeds.", Kind.CHANGED_NEGATION),
                arguments("'without' dropped before a possessor",
                        "The club sold the land in May without the consent of its older members.",
                        "The club sold the land in May with its older members' consent.", Kind.CHANGED_NEGATION),
                arguments("a bound on a figure dropped",
                        "The minister said inflation would probably stay at less than 3 percent this year.",
                        "Inflation this year would probably be 3 percent, the minister said.", Kind.CHANGED_MODALITY),
                arguments("a hedge before an adjective and its noun dropped",
                        "The coast guard said it had warned both ships of a possible close encounter a day earlier.",
                        "The coast guard said it had warned both ships of a close encounter a day earlier.", Kind.CHANGED_MODALITY),
                arguments("a negation dropped with 'failing to' after a preposition",
                        "The referee was banned for two years for failing to report the bribe.",
                        "The referee was banned for two years for reporting the bribe.", Kind.CHANGED_NEGATION),
                arguments("a negation dropped from a verb whose object it denies",
                        "The council said it was studying the sale, but it has not opened an inquiry.",
                        "An inquiry has been opened by the council, which said it was studying the sale.", Kind.CHANGED_NEGATION),
                arguments("a direction reversed before a speaker set beside its description",
                        "The charity moved 300 children from Italy, Spain and Greece to Malta, its director, Ana Lopes, said.",
                        "The charity moved 300 children from Malta to Italy, Spain and Greece, its director, Ana Lopes, said.",
                        Kind.REVERSED_DIRECTION),
                arguments("a forecast said as the bank's plan",
                        "Most analysts polled by a news agency had forecast that the bank would hold rates until May.",
                        "The bank would hold rates until May.", Kind.LOST_ATTRIBUTION),
                arguments("a certainty said as a possibility",
                        "The union said its members would strike again in May if talks failed.",
                        "According to the union, another strike by its members in May was possible if talks failed.",
                        Kind.CHANGED_MODALITY),
                arguments("an opposite word, negated on both sides",
                        "The board did not reject the union's offer on Monday.",
                        "The board did not accept the union's offer on Monday.", Kind.OPPOSITE_MEANING),
                arguments("an opposite word put in its place",
                        "The board rejected the union's offer on Monday.",
                        "The board accepted the union's offer on Monday.", Kind.OPPOSITE_MEANING),
                arguments("the one a participle describes put in the agent's place",
                        "Police arrested the driver on Friday, but he has not been charged.",
                        "The driver, who arrested police on Friday, has not been charged.", Kind.SWAPPED_ROLE),
                arguments("a named one put in the role a description sits beside",
                        "Hale, ranked 12th in the party, beat Moss in Leeds.",
                        "Moss, the party's number 12, beat Hale in Leeds.", Kind.SWAPPED_ROLE),
                arguments("another name set beside the agent after 'by'",
                        "Tom Rijk said the ship was seized on a warrant issued by a Dutch judge, Anna Berg.",
                        "Anna Berg said the ship was seized on a warrant issued by a Dutch judge, Tom Rijk.",
                        Kind.SWAPPED_ROLE),
                arguments("an accusation in a relative clause said as a fact",
                        "A court approved the extradition of Lena Voss to Austria, where she is accused of tax fraud.",
                        "A court approved the extradition of Lena Voss to Austria, where she committed tax fraud.",
                        Kind.LOST_ATTRIBUTION),
                arguments("what a lawyer says of a client said as fact",
                        "Lawyer Ana Ruiz said her client Karl Moser would appeal against the verdict.",
                        "Karl Moser will appeal against the verdict.", Kind.LOST_ATTRIBUTION),
                arguments("a doubt added to what the passage states",
                        "Norway expelled a Russian diplomat on Monday for spying.",
                        "Norway may have expelled a Russian diplomat on Monday for spying.", Kind.CHANGED_MODALITY),
                arguments("'has yet to' for what the passage says is done",
                        "The council decided on Monday to close the school, a spokesman said.",
                        "A spokesman said the council had yet to decide to close the school.", Kind.CHANGED_NEGATION),
                arguments("a possibility said as what will be",
                        "The agency said the runner could still appeal against the ruling.",
                        "The agency said the runner will appeal against the ruling.", Kind.CHANGED_MODALITY),
                arguments("a negation dropped from a relative clause that closes the sentence",
                        "The city must still approve the plan, but it has not rejected a plan backed by residents "
                                + "since 2019.",
                        "The plan still needs approval from the city, which has rejected plans backed by residents "
                                + "since 2019.", Kind.CHANGED_NEGATION),
                arguments("another named as the subject before a relative clause that ends in a preposition's object",
                        "Rival firm Norda, which sells most of its ships in Japan, saw its shares rise 4 percent, "
                                + "while Kelmar's fell. | Rival firm Norda, which sells most of its ships in Japan, saw "
                                + "its shares rise 4 percent",
                        "Kelmar, which sells most of its ships in Japan, saw its shares rise 4 percent.",
                        Kind.SWAPPED_ROLE),
                arguments("a negation added to a word its clause says beside another negation",
                        "The coach said he had never taken drugs and would ask for a second test.",
                        "The coach said he would not ask for a second test.", Kind.CHANGED_NEGATION),
                arguments("a negation of the object dropped",
                        "The minister said the firm had broken no rules and would keep its licence.",
                        "The minister said the firm had broken the rules.", Kind.CHANGED_NEGATION),
                arguments("another actor from the same country",
                        "The bank was fined 5 million euros on Monday by a Paris court.",
                        "The bank was fined 5 million euros on Monday by French prosecutors.", Kind.SWAPPED_ROLE),
                arguments("two scores swapped",
                        "Porto, who won the first leg 3-1 in Lisbon, went through 4-2 on aggregate.",
                        "Porto, who won the first leg 4-2 in Lisbon, went through 3-1 on aggregate.", Kind.MOVED_FIGURE),
                arguments("a name put in a role that the passage gives another, a pronoun standing in elsewhere",
                        "The union rejected the claim and said it had warned employers. // Cepa said the strike "
                                + "was illegal.",
                        "Cepa rejected the claim and said it had warned employers.", Kind.NAME_NOT_IN_SPAN),
                arguments("a place named elsewhere, the pronoun standing for something else",
                        "It was the worst flood since 2018, when 40 people drowned in Lake Toba. // The ferry sank "
                                + "off Lombok.",
                        "It was the worst flood since 2018, when 40 people drowned off Lombok.",
                        Kind.NAME_NOT_IN_SPAN),
                arguments("what the passage finds no evidence of said as done",
                        "The hospital said records had been encrypted but that there was no evidence they had been "
                                + "copied.",
                        "The hospital said records had been encrypted and copied.", Kind.CHANGED_NEGATION),
                arguments("a figure moved onto a noun that another figure counts",
                        "The union said its members wanted a 6 percent raise, while employers have offered 3 percent.",
                        "The union is seeking a 3 percent raise for its members.", Kind.MOVED_FIGURE),
                arguments("a lower bound said as the count",
                        "At least 31 people died when a ferry sank off Lombok, the rescue agency said.",
                        "31 people died when a ferry sank off Lombok, the rescue agency said.", Kind.CHANGED_MODALITY),
                arguments("the giver and the taker swapped, a name the tagger calls a pronoun",
                        "Judges found that Benedetti accepted 320,000 euros in return for steering motorway contracts "
                                + "to the firms.",
                        "Judges found that the firms accepted 320,000 euros from Benedetti in return for motorway "
                                + "contracts.", Kind.SWAPPED_ROLE),
                arguments("the partners of two nouns swapped",
                        "Novak said he would open coalition talks with the Greens on Monday but ruled out governing "
                                + "with the Freedom Movement.",
                        "Novak said he would open coalition talks with the Freedom Movement on Monday but ruled out "
                                + "governing with the Greens.", Kind.SWAPPED_ROLE),
                arguments("a name for a description the passages give another noun",
                        "The union rejected the claim on Friday. // Talks between the union and the employers' "
                                + "federation, Cepa, broke down.",
                        "Cepa rejected the claim on Friday.", Kind.NAME_NOT_IN_SPAN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misstatements")
    void should_catch_a_misstatement(String what, String passage, String claim, Kind kind) {
        assertThat(problems(passage, claim)).extracting(Problem::kind).contains(kind);
    }

    /**
     * The claim as a model following the prompt writes it, citing the whole passage or the part of it given;
     * a passage written after "passage // " is given too, not cited (where other names come from).
     */
    private static List<Problem> problems(String passages, String claim) {
        String other = passages.contains(" // ") ? passages.substring(passages.indexOf(" // ") + 4) : null;
        String passage = other == null ? passages : passages.substring(0, passages.indexOf(" // "));
        String span = passage.contains(" | ") ? passage.substring(passage.indexOf(" | ") + 3) : passage;
        String text = passage.contains(" | ") ? passage.substring(0, passage.indexOf(" | ")) : passage;
        List<GivenPassage> given = new java.util.ArrayList<>(List.of(new GivenPassage(1, text, "A made-up article",
                "Newsdesk", "2026-01-01")));
        if (other != null) {
            given.add(new GivenPassage(2, other, "A made-up article", "Newsdesk", "2026-01-01"));
        }
        String answer = claim.strip().replaceAll("\\.$", "") + " [1: \"" + span + "\"].";
        return new GroundingCheck(List.of()).check(answer, given).problems();
    }
}
