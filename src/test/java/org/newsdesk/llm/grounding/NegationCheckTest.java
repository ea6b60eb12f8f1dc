package org.newsdesk.llm.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationCheckTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a negation added                | The board did not approve the plan.   | The board approved the plan.      | true
            a negation of the object dropped | The firm had broken the rules.       | The firm had broken no rules.     | true
            a negated opposite              | The board did not accept the offer.   | The board rejected the offer.     | false
            'found no buyer' for 'went unsold' | About a third of the tea found no buyer. | About a third of the tea went unsold. | false
            'did not go unsold' for 'went unsold' | About a third of the tea did not go unsold. | About a third of the tea went unsold. | true
            'had not rescued' for 'no one was rescued'  | Divers had not rescued anyone from the hull. | No one was rescued from the hull, divers said. | false
            'were rescued' for 'no one was rescued'     | Divers said crew members were rescued from the hull. | No one was rescued from the hull, divers said. | true
            'X, not Y' for 'X and not Y'    | The city, not private donors, paid for the bridge. | The bridge was paid for by the city and not by any private donor. | false
            'should not have' for 'wrong to' | The referee should not have awarded the penalty. | The referee was wrong to award the penalty. | false
            'right to' for 'wrong to'       | The referee was right to award the penalty. | The referee was wrong to award the penalty. | true
            a word the support says both ways, restated unnegated | Theft charges were brought against two of the men. | Two of the men were charged with theft, while the third was released without charge. | false
            the negated one said unnegated  | The third man was charged with theft. | Two of the men were charged with theft, while the third was released without charge. | true
            'for not reporting' for 'for failing to report' | The bank was fined by the regulator for not reporting suspicious transactions. | The regulator fined the bank for failing to report suspicious transactions. | false
            'not guilty' for 'acquitted'    | She was found not guilty of money laundering. | The court acquitted her of money laundering. | false
            'not guilty' for 'convicted'    | She was found not guilty of money laundering. | The court convicted her of money laundering. | true
            'denied that' for 'denied reports that' | Hahn denied that Barcelona had paid a fee. | Hahn denied reports that Barcelona had paid a fee. | false
            'did not deny reports that' for 'denied reports that' | Hahn did not deny reports that Barcelona had paid a fee. | Hahn denied reports that Barcelona had paid a fee. | true
            'denied any involvement' for 'denied that they had been involved' | The two ministers denied any involvement. | The two ministers denied that they had been involved. | false
            a negation dropped after a denial and 'and' | Both men deny fraud and the hearing has begun. | Both men deny fraud and the hearing has not yet begun. | true
            a negation dropped after a denial in a relative clause | The minister, who has denied wrongdoing since his resignation, smiled as the ruling was read. | The minister, who has denied wrongdoing since his resignation, did not smile as the ruling was read. | true
            a denial in a relative clause kept, the main verb negated | The mayor, who has denied the charges, did not speak at the hearing. | The mayor, who has denied the charges, did not speak at the hearing. | false
            'less than' for 'not as much as' | The storm delayed flights less than forecasters had feared. | The storm did not delay flights as much as forecasters had feared. | false
            'as much as' for 'not as much as' | The storm delayed flights as much as forecasters had feared. | The storm did not delay flights as much as forecasters had feared. | true
            'fewer than' for 'not as many as' | The new ferry carried fewer than the council had hoped. | The new ferry did not carry as many as the council had hoped. | false
            'left it unchanged' for 'expected no change' | Analysts had expected the council to leave the levy unchanged. | The council raised the levy, surprising analysts, who had expected no change. | false
            'not before' for 'at the earliest' | The bridge will not reopen before June. | The bridge will reopen in June at the earliest. | false
            'not after' for 'at the latest' | The bridge will not reopen after June. | The bridge will reopen in June at the latest. | false
            'not before' for a plain date    | The bridge will not reopen before June. | The bridge will reopen in June. | true
            'no larger' for 'the largest'   | No city had ever built a longer bridge. | The bridge was the longest any city had ever built. | false
            'not the longest' for 'the longest' | The bridge was not the longest any city had ever built. | The bridge was the longest any city had ever built. | true
            'no longer' without a superlative | No city had ever built a longer bridge. | Another city had built a longer bridge. | true
            'none since' for 'the first since' | No strike had hit the port since 1998. | It was the first strike at the port since 1998. | false
            'not the first since' for 'the first since' | It was not the first strike at the port since 1998. | It was the first strike at the port since 1998. | true
            'none since' for 'the last since' | No strike had hit the port since 1998. | It was the last strike at the port since 1998. | true
            'no tickets left' for 'had run out' | There were no tickets left for the final. | Tickets for the final had run out. | false
            'no tickets left' for 'were running out' | There were no tickets left for the final. | Tickets for the final were running out. | true
            'has not been named' for 'whose name was not given' | The driver has not been named and was not hurt. | The driver, whose name was not given, was not hurt. | false
            'rejected claims that' for 'denied that' | The mayor rejected claims that she had misled voters. | The mayor denied that she had misled voters. | false
            'rejected claims that' for 'said that' | The mayor rejected claims that she had misled voters. | The mayor said that she had misled voters. | true
            'in Y instead of X' for 'from X to Y' | The team will train in Lyon instead of Nantes. | The team will move its training from Nantes to Lyon. | false
            'in X instead of Y' for 'from X to Y' | The team will train in Nantes instead of Lyon. | The team will move its training from Nantes to Lyon. | true
            'because she did not declare' for 'for failing to declare' | The minister was fined because she did not declare the shares. | The minister was fined for failing to declare the shares. | false
            'for declaring' for 'for failing to declare' | The minister was fined for declaring the shares. | The minister was fined for failing to declare the shares. | true
            'fell short of meeting' for 'was not enough to meet' | The aid fell short of meeting the town's needs. | The aid was not enough to meet the town's needs. | false
            'fell short of meeting' for 'was enough to meet' | The aid fell short of meeting the town's needs. | The aid was enough to meet the town's needs. | true
            'stopped short of blaming' for 'did not blame' | The report stopped short of blaming the pilots. | The report did not blame the pilots. | false
            'X was not the cause' for 'Y, not X, was the cause' | Speeding was not the cause of the crash. | Police said ice, not speeding, was the cause of the crash. | false
            a negation added to the clause beside the negated one | The city's transport minister, Ana Moreira, said the council would not study whether commuters needed more buses. | The city's transport minister, Ana Moreira, said the council would not raise fares but would study whether commuters needed more buses. | true
            a negation dropped beside one kept | The driver, whose licence was not revoked, has been fined. | The driver, whose licence was not revoked, has not been fined and is expected to appear before magistrates. | true
            'had not found a sponsor' for 'no sponsor had been found' | The club, whose stadium was not sold, had not found a sponsor. | The club, whose stadium was not sold, said no sponsor had been found. | false
            'X was not a Y' for 'no Y of X' | Floods were not a threat to the harvest, the farmers' union said. | The farmers' union said there was no threat of floods to the harvest. | false
            'X was a Y' for 'no Y of X'     | Floods were a threat to the harvest, the farmers' union said. | The farmers' union said there was no threat of floods to the harvest. | true
            'free of charge' for 'would not charge' | The museum said visitors could enter free of charge on Sundays. | The museum said it would not charge visitors for entry on Sundays. | false
            'free of charge' for 'would charge' | The museum said visitors could enter free of charge on Sundays. | The museum said it would charge visitors for entry on Sundays. | true
            'expected a change' for 'expected no change' | Analysts had expected the council to change the levy. | The council raised the levy, surprising analysts, who had expected no change. | true
            """)
    void should_keep_the_negations_of_the_restated_clause(String what, String claim, String support, boolean changes) {
        ClaimPair pair = ClaimPair.of(claim, support);

        assertThat(NegationCheck.changes(pair.clause(), pair.restated(), pair.source())).isEqualTo(changes);
    }

    @Test
    void should_compare_a_translation_by_whether_it_negates_at_all() {
        assertThat(NegationCheck.changesInTranslation("Рада не схвалила план.", "The council approved the plan."))
                .isTrue();
        assertThat(NegationCheck.changesInTranslation("Рада схвалила план.", "The council approved the plan."))
                .isFalse();
    }
}
