package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Who designed the new bridge?                          | PERSON
            Who is the mayor of Harwick?                          | PERSON
            Who is Ines Carvalho?                                 | OTHER
            What was the name of the fisherman who went missing?  | PERSON
            What is the first name of the mayor?                  | PERSON
            What is the name of the company that built it?        | NAME
            Which party proposed the ban?                         | ORGANISATION
            Which ferry companies cancelled their orders?         | ORGANISATION
            Which country is he from?                             | NAME
            Which state official announced the cases?             | PERSON
            What is the name of the ship?                         | NAME
            From what year will the trams run?                    | YEAR
            In which year was the bridge listed?                  | YEAR
            Around what year was the map drawn?                   | YEAR
            At what hour did the hillside fall on the village?    | CLOCK
            What time did the strike begin?                       | CLOCK
            At what time of day did the snow come down?           | CLOCK
            What time of year do the storms come?                 | TIME
            Where was the company registered?                     | PLACE
            How long is the new bridge?                           | MEASURE
            How long are the negotiations scheduled to last?      | DURATION
            How long was the road closed?                         | DURATION
            How long was the apprentice buried?                   | DURATION
            How long were the miners trapped underground?         | DURATION
            How long was Gary Pountney manager of the club?       | DURATION
            How long is Lake Garda?                               | MEASURE
            How long was the power out?                           | DURATION
            How long was the kick-off held up?                    | DURATION
            What prison sentence do the two men face?             | DURATION
            Which supermarket chains sold the cheese?             | ORGANISATION
            What did the bakery chain say about the closure?      | OTHER
            How long is the proposed runway?                      | MEASURE
            How much damage did the floods cause?                 | AMOUNT
            How much did the company lose last year?              | AMOUNT
            How much rain fell overnight?                         | MASS
            Roughly how many bombs are thought to lie under it?   | QUANTITY
            So, about how many people were moved out?             | QUANTITY
            Could you tell me who designed the bridge?            | PERSON
            In the AP report, how many villages were emptied?     | QUANTITY
            Over how many nights did the raids go on?             | QUANTITY
            What is the fossil expected to be worth?              | AMOUNT
            What was the skipper's eldest son called?             | PERSON
            What is the ship called?                              | NAME
            What is Derek Hollins's wife called?                  | PERSON
            whats the speed limit going past                      | MEASURE
            What was the water temperature?                       | MEASURE
            Which auction house sold the painting?                | ORGANISATION
            Which museum bought the sampler?                      | ORGANISATION
            In how many towns was the water cut off?              | QUANTITY
            On Thursday, where did the fire spread?               | PLACE
            How hot could it get in the area?                     | MEASURE
            How much did the grinder's stock lose?                | OTHER
            By how much did the bank's shares fall on Friday?     | OTHER
            Where did the carmaker's shares close on Friday?      | QUANTITY
            Where was the wheat price trading by noon?            | QUANTITY
            Where are the bank's shares listed?                   | PLACE
            What one-off charge will the closure bring?           | OTHER
            What one-off bill will the closure bring?             | AMOUNT
            What salary does the new coach earn?                  | AMOUNT
            What fine did the regulator impose?                   | AMOUNT
            What fine print did the contract hold?                | OTHER
            What was the painting's final hammer price?           | AMOUNT
            What is the new stadium's total cost in euros?        | AMOUNT
            What did the farmhouse sell for at auction?           | AMOUNT
            What might the old locomotive fetch for its owners?   | AMOUNT
            Which other fishing boat picked up the crew?          | NAME
            What made the boat turn over so fast?                 | OTHER
            What was the price-fixing scheme?                     | OTHER
            What is the value for money of the scheme?            | OTHER
            What did the old stamps go for in the end?            | AMOUNT
            How much was the trawler insured for?                 | AMOUNT
            Age of the youngest rower?                            | AGE
            Distance from the quarry to the school?               | MEASURE
            Number of homes without power?                        | QUANTITY
            Cost of the new lifeboat?                             | AMOUNT
            Date of the inquest?                                  | TIME
            Cause of the blackout?                                | REASON
            Number one priority for the council?                  | OTHER
            """)
    void should_tell_what_kind_of_thing_a_question_asks_for(String question, QuestionKind kind) {
        assertThat(QuestionKind.of(question)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The engineer moved to the island from Glasgow with his partner.    | LACKS
            The library on Harbour Street opens on Monday.                      | LACKS
            President Obama did not comment.                                    | LACKS
            Michelle Obama did not comment.                                     | LACKS
            Belgian police said the partner was questioned.                     | LACKS
            British police said the partner was questioned.                     | LACKS
            The British-made car was found by the partner.                      | LACKS
            Kyiv has accused Moscow of holding the partner.                     | LACKS
            Ethiopian runner Anna Holm is the engineer's partner.               | OFFERS
            The partner joined him after the Geneva talks.                      | LACKS
            The partner met him in Hanamaki, Iwate Prefecture, on Saturday.     | LACKS
            The partner met him in Kallo, Belgium, on Saturday.                 | LACKS
            The partner met him in Kallo, Anna Holm said.                       | OFFERS
            An Asian bear attacked the engineer's partner.                      | LACKS
            "We are ready," said Jamie Reid, the engineer.                      | OFFERS
            The partner was flown to hospital, a relative told AFP.             | LACKS
            The partner was questioned, Reuters reported.                       | LACKS
            His partner, Anna Holm, runs the village shop.                      | OFFERS_NEAR
            "We will fight on," said Anna Holm, who is the engineer's partner.   | OFFERS_NEAR
            "We will fight on," said Anna Holm, who met the engineer in May, adding that she was his partner. | OFFERS
            """)
    void should_not_take_a_place_a_title_or_an_agency_for_the_person_asked_for(String sentence, QuestionKind.Offer offer) {
        // given a question for a person by role ("partner"), whose own words include "Obama"
        Set<String> questionWords = QuestionKind.words("Who is the engineer's partner? Obama");

        // when / then
        assertThat(QuestionKind.PERSON.offeredBy(sentence, questionWords, Set.of("partner"))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In which region of Slovenia is Drenovec? | Hail damaged homes in Drenovec in eastern Slovenia on Sunday.   | OFFERS
            In which region of Slovenia is Drenovec? | Hail damaged homes in Drenovec, Slovenia, on Sunday.            | LACKS
            Where in Georgia is the resort?          | The avalanche struck the resort in Georgia's northern mountains. | OFFERS
            Who is the northern commander?           | The northern front was quiet, Georgia said.                     | LACKS
            """)
    void should_take_a_part_of_the_place_asked_about_for_where_in_it(String question, String sentence,
                                                                     QuestionKind.Offer offer) {
        // given a question for a part of a place it names
        QuestionKind kind = QuestionKind.of(question);
        Set<String> words = QuestionKind.words(question);
        Set<String> asked = Set.of("region", "resort", "commander");

        // when / then: a compass word next to that place answers it
        assertThat(kind.offeredBy(sentence, words, asked)).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many lambs did the breeder sell?   | The breeder's best lamb sold for 26,000 guineas.     | LACKS
            How many lambs did the breeder sell?   | The breeder's best lamb sold for £27,300.           | LACKS
            How many lambs did the breeder sell?   | The breeder sold 40 lambs for £27,300.              | OFFERS_NEAR
            How many pounds did the best lamb make? | The breeder's best lamb sold for £27,300.          | OFFERS
            """)
    void should_not_count_things_with_a_sum_of_money(String question, String sentence, QuestionKind.Offer offer) {
        // given "how many …?", which counts things, unless what it counts is money
        QuestionKind kind = QuestionKind.of(question);

        // when / then
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), kind.counted(question))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The council bought the field from the Dodd family in 2024.   | OFFERS_NEAR
            The council bought the field from Whitby in 2024.            | LACKS
            """)
    void should_take_a_familys_name_after_from_for_people_not_a_place(String sentence, QuestionKind.Offer offer) {
        String question = "Who sold the field to the council?";
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of("sold", "field", "council")))
                .isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many fish had he landed?        | He had landed three whitefish when the ice cracked.   | OFFERS_NEAR
            How many boats were sent?           | The coast guard sent four lifeboats.                  | OFFERS_NEAR
            How many teams took part?           | His first-team squad of 22 players trained there.     | OFFERS
            """)
    void should_count_things_by_a_closed_compound_of_their_noun(String question, String sentence, QuestionKind.Offer offer) {
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), kind.counted(question))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many people came to the fair?   | On 17 May the fair opened on the green.            | LACKS
            How many people came to the fair?   | The fair opened on May 17 and closed on June 2nd.  | LACKS
            How many people came to the fair?   | About 400 people came to the fair on 17 May.       | OFFERS
            How many people came to the fair?   | As many as 40 may have come to the fair.           | OFFERS
            """)
    void should_not_count_with_a_day_of_the_month(String question, String sentence, QuestionKind.Offer offer) {
        // given "how many …?" and a sentence whose only numbers may be days of a month
        QuestionKind kind = QuestionKind.of(question);

        // when / then: "17 May" counts nothing; "40 may have come" does
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), kind.counted(question))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Who swam the last leg?     | The last leg was swum by Mia Lund, 15, of Ryde.      | OFFERS_NEAR
            Who swam the last leg?     | Mia Lund watched from the beach as the leg ended.   | OFFERS
            Who ran the first leg?     | The first leg was run by Tomas Berg, 17.            | OFFERS_NEAR
            """)
    void should_take_an_irregular_form_next_to_a_name_for_its_verb(String question, String sentence,
                                                                  QuestionKind.Offer offer) {
        // given "who swam …?" or "who ran …?": "swum by" and "run by" name who did it
        QuestionKind kind = QuestionKind.of(question);
        Set<String> asked = Set.of(question.split(" ")[1]);

        // when / then
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), asked)).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Who heads the harbour trust?          | heads  | "We will rebuild," said Ana Reis, who has chaired the trust since 2019. | OFFERS_NEAR
            Who is in charge of the shipyard?     | charge | Chief executive Ana Reis said the yard would close.                    | OFFERS_NEAR
            Who is in charge of the shipyard?     | charge | Ana Reis said the yard would close.                                    | OFFERS
            Who chairs the board of the shipyard? | chairs | Chief executive Ana Reis said the yard would close.                    | OFFERS
            Who is defending Ana Reis?            | defending | Her lawyer, Tomas Berg, said she would appeal.                      | OFFERS_NEAR
            Who speaks for the harbour police?    | speaks | "We are searching," spokeswoman Mia Lund told reporters.              | OFFERS_NEAR
            """)
    void should_take_a_title_beside_a_name_for_what_a_who_question_asks_in_other_words(
            String question, String asked, String sentence, QuestionKind.Offer offer) {
        // given "who heads …?" or "who is in charge of …?": a chair or a chief executive next to a name leads;
        // "who chairs …?" asks for the chair, whom a chief executive is not; a lawyer defends, a spokeswoman speaks
        QuestionKind kind = QuestionKind.of(question);

        // when / then
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of(asked))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Lead archaeologist Rosario Villanueva of the National University of Trujillo spoke. | OFFERS_NEAR
            Lead archaeologist Rosario Villanueva of the university spoke in Trujillo.          | LACKS
            """)
    void should_take_a_name_after_of_for_the_organisation_it_names_of_the_kind_asked_for(String sentence,
                                                                                     QuestionKind.Offer offer) {
        // given "which university?": a place after "of" is no answer, unless its name holds "University"
        Set<String> questionWords = QuestionKind.words("Which university does archaeologist Villanueva work for?");

        // when / then
        assertThat(QuestionKind.ORGANISATION.offeredBy(sentence, questionWords, Set.of("university", "archaeologist")))
                .isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            When does the night train reach Berlin? | We leave Oslo at 17:52 and arrive in Berlin at 09:32. | OFFERS
            When does the night train reach Berlin? | The train weighs 2.47 tonnes in Berlin.               | LACKS
            """)
    void should_take_a_time_on_the_24_hour_clock_for_when(String question, String sentence, QuestionKind.Offer offer) {
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind).isEqualTo(QuestionKind.TIME);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How fast can the coaster go? | The coaster opened in 2019 and reaches 86km/h.   | OFFERS
            How fast can the coaster go? | The coaster reaches 86 km/h on its first drop.   | OFFERS
            How fast can the coaster go? | The coaster runs along 1.2 km of track.           | LACKS
            How fast did the wind get?   | Gusts reached 50 kilometres an hour.              | OFFERS
            How fast did the wind get?   | Gusts were felt 50 kilometres away.               | LACKS
            """)
    void should_take_a_speed_in_km_per_hour_for_how_fast(String question, String sentence, QuestionKind.Offer offer) {
        // "km/h" is a speed, not the length its "km" would be on its own
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind).isEqualTo(QuestionKind.MEASURE);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How old is he? | At 79, the retired rancher is the oldest member of the crew.  | OFFERS
            How old is he? | At 3, the bridge was closed to traffic for the night.         | OFFERS
            How old is he? | At the depot, the retired rancher keeps a map of the county. | LACKS
            How old are his boys? | He rode with his two sons, aged nine and eleven.        | OFFERS
            How old is she? | "I am 81 and I shop by bus," she said.                       | OFFERS
            How old is she? | "I am 81 minutes from the coast," she said.                  | LACKS
            How old are his boys? | He rode with his two sons.                               | LACKS
            """)
    void should_take_an_age_as_news_copy_gives_it_for_how_old(String question, String sentence,
                                                             QuestionKind.Offer offer) {
        // "At 79, the retired rancher" (a feature's way; a time of day, "At 3, the bridge", reads so too), "aged nine",
        // a speaker's "I am 81"
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind).isEqualTo(QuestionKind.AGE);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Why can the firm not grow at home? | "We cannot grow here when every licence goes to auction," she said. | OFFERS
            Why can the firm not grow at home? | "We cannot grow here," she said.                                      | LACKS
            """)
    void should_take_a_when_clause_for_the_reason_a_why_question_asks(String question, String sentence,
                                                                    QuestionKind.Offer offer) {
        // "we cannot grow here when every licence goes to auction": the circumstance is the reason given
        QuestionKind kind = QuestionKind.of(question);

        assertThat(kind).isEqualTo(QuestionKind.REASON);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How far underground was the bomb? | Experts defused a 250-kilogram bomb after 9,600 people left.        | LACKS
            How far underground was the bomb? | Workers found the bomb about four metres below ground.              | OFFERS
            How tall is the new library?      | The library will be a seven-storey building.                       | OFFERS
            How far out did the yacht sink?   | The yacht sank about six nautical miles off the headland.          | OFFERS
            How deep are the spending cuts?   | The cuts amount to 4% of the budget.                                | OFFERS
            How big is the bomb?              | Experts defused a 250-kilogram bomb.                                | OFFERS
            How hot could it get?             | Forecasters expect up to 42C until Thursday.                        | OFFERS
            How hot could it get?             | Gusts could reach 50 kilometres an hour.                            | LACKS
            """)
    void should_take_only_the_measure_a_question_names_for_its_answer(String question, String sentence,
                                                                    QuestionKind.Offer offer) {
        // given "how far?", "how tall?": a distance answers, a weight or a head count does not; "how big?" takes any
        QuestionKind kind = QuestionKind.of(question);

        // when / then
        assertThat(kind).isEqualTo(QuestionKind.MEASURE);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @Test
    void should_not_take_an_institution_for_the_name_of_a_person_but_for_a_bare_who() {
        // given: an institution's name where a person's name is asked for, and where only "who" is
        String sentence = "The study was paid for by the Holm Foundation, a Department for Health spokesperson said.";

        // when / then
        assertThat(QuestionKind.PERSON.offeredBy(sentence,
                QuestionKind.words("What is the name of the spokesperson?"), Set.of("spokesperson"))).isEqualTo(QuestionKind.Offer.LACKS);
        assertThat(QuestionKind.PERSON.offeredBy(sentence,
                QuestionKind.words("Who paid for the study?"), Set.of("paid", "study"))).isNotEqualTo(QuestionKind.Offer.LACKS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A 64-year-old shepherd, Alberto Ruiz, died in the fire.             | LACKS
            The shepherd, aged 64, died in the fire.                            | LACKS
            The shepherd, who was sixty years old, died in the fire.            | LACKS
            The shepherd lost 300 of his sheep in the fire.                     | OFFERS_NEAR
            Two shepherds died in the fire.                                     | OFFERS
            """)
    void should_not_take_an_age_for_a_count(String sentence, QuestionKind.Offer offer) {
        // given "how many sheep?": an age is no count of anything
        Set<String> questionWords = QuestionKind.words("How many sheep did Alberto Ruiz have?");

        // when / then
        assertThat(QuestionKind.QUANTITY.offeredBy(sentence, questionWords, Set.of("sheep"))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The leaders met in Anchorage on Friday.                             | OFFERS
            She spoke after his Alaska summit with the president.               | OFFERS
            She spoke after the summit with the president.                      | LACKS
            """)
    void should_find_a_place_named_in_it_or_before_the_event_held_there(String sentence, QuestionKind.Offer offer) {
        assertThat(QuestionKind.PLACE.offeredBy(sentence, Set.of(), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The engineer moved to the island from Glasgow with his partner.    | OFFERS_NEAR
            The library on Harbour Street opens on Monday.                      | OFFERS
            """)
    void should_still_take_a_place_name_for_an_organisation_or_a_place(String sentence, QuestionKind.Offer offer) {
        assertThat(QuestionKind.NAME.offeredBy(sentence, Set.of(), Set.of("partner"))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Anna Holm, 49, runs the village shop.                                         | OFFERS
            The 127-year-old bridge collapsed.                                            | OFFERS
            The yard was opened in 1958 by the king.                                      | OFFERS
            Most of the children are younger than 10.                                     | OFFERS
            Visits have fallen by half since the bus began stopping there in 2022.        | LACKS
            The doctor said the surgery was busy.                                         | LACKS
            It is the state's largest outbreak in three decades.                          | LACKS
            The century-old bridge was closed.                                            | OFFERS
            Divers found a 2,300-year-old anchor.                                         | OFFERS
            Experts say the crystal is roughly 4.5 billion years old.                     | OFFERS
            The cave paintings are thousands of years old.                                | OFFERS
            The fund lost 4.5 billion euros in two years.                                 | LACKS
            Mia Tanaka is 15, swims for the county and trains before school.              | OFFERS
            The goalkeeper, who is 38 and has played for the club since 2004, retired.    | OFFERS
            She turned 11 in March.                                                       | OFFERS
            The score is 3, and the match is over.                                        | LACKS
            Inflation was 2.4 in May.                                                     | LACKS
            Gate 4 is 12 minutes from the car park.                                       | LACKS
            """)
    void should_take_a_year_for_an_age_only_when_it_dates_a_beginning(String sentence, QuestionKind.Offer offer) {
        assertThat(QuestionKind.AGE.offeredBy(sentence, Set.of(), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The shares fell 7.4% in Amsterdam.                  | OFFERS
            Turnout rose by 12 %.                               | OFFERS
            Prices rose 3 per cent last year.                   | OFFERS
            The shares fell sharply in Amsterdam.               | LACKS
            """)
    void should_take_a_percentage_for_a_measure_wherever_it_stands_in_the_sentence(String sentence,
                                                                                  QuestionKind.Offer offer) {
        assertThat(QuestionKind.of("How far did the shares drop?")).isEqualTo(QuestionKind.MEASURE);
        assertThat(QuestionKind.MEASURE.offeredBy(sentence, Set.of(), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MEASURE | How big were the hailstones?       | Hailstones as large as golf balls fell on Sunday.         | OFFERS
            MEASURE | How big is the new pitch?          | It will be about the size of a football pitch.            | OFFERS
            MEASURE | How big is the painting?           | The painting, barely larger than a book, was valued.      | OFFERS
            MEASURE | How big were the hailstones?       | The hail damaged roofs and cars on Sunday.               | LACKS
            MEASURE | How big is the firm's workforce?   | The firm, which employs about 3,400 people, said so.      | OFFERS
            MEASURE | How big is the firm's workforce?   | The firm said it would cut jobs in 2026.                  | LACKS
            MEASURE | How big was the crowd at the final? | A crowd of about 2,400 spectators saw the final.        | OFFERS
            MEASURE | How big was the crowd at the final? | The final was played in heavy rain.                     | LACKS
            MEASURE | How far does the cordon reach?     | The cordon now runs a full kilometre out from the vent.   | OFFERS
            MEASURE | How far offshore did it sink?      | It sank half a mile offshore.                             | OFFERS
            MEASURE | How far does the cordon reach?     | The cordon now runs around the vent.                      | LACKS
            TIME    | When was the temple built?         | Dating puts its construction between 1100 and 950 B.C.    | OFFERS
            TIME    | When was the temple built?         | The walls date from the 4th century.                      | OFFERS
            TIME    | When was the temple built?         | The temple was built by 300 workers.                      | LACKS
            DURATION | How long will he spend in prison? | He was sentenced to nine years in prison.                 | OFFERS
            DURATION | How long will he spend in prison? | The judge ordered Pelletier, 47, to repay $1.37 million.  | LACKS
            DURATION | How long has the yard been open?  | The yard has built ships there since 1958.                | OFFERS
            YEAR    | In what year was the map drawn?    | It was drawn on paper around 1770 by a court painter.     | OFFERS
            YEAR    | In what year was the map drawn?    | The firm said it was sold last year.                      | OFFERS
            YEAR    | In what year was the map drawn?    | A map from the 18th century was returned on Tuesday.      | LACKS
            YEAR    | In what year was the map drawn?    | It shows 1500 villages and their roads.                   | LACKS
            CLOCK   | At what hour did the slope fall?   | It struck the village at around 3:00 am on Tuesday.       | OFFERS
            CLOCK   | At what hour did the slope fall?   | It struck the village before dawn on Tuesday.             | LACKS
            CLOCK   | What time did the winner run?      | She won in 2 hours 21 minutes.                            | OFFERS
            CLOCK   | At what hour did the slope fall?   | It struck the village on Tuesday, officials said.         | LACKS
            PLACE   | Where was the marathon run?        | The race was run in heavy rain along the harbour.         | OFFERS
            PLACE   | Where was the painting found?      | It was found in the attic of a house.                     | OFFERS
            PLACE   | Where is the winner from?          | Ethiopian runner Meseret Alemu won the race.              | OFFERS
            PLACE   | Where was the winner?              | Ethiopian runner Meseret Alemu won the race.              | LACKS
            PLACE   | Where is the fund based?           | The Denver-based fund will take a 90 percent stake.       | OFFERS
            """)
    void should_find_sizes_by_comparison_or_head_count_ancient_dates_places_by_their_common_nouns_and_origins(
            QuestionKind kind, String question, String sentence, QuestionKind.Offer offer) {
        assertThat(QuestionKind.of(question)).isEqualTo(kind);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of())).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The city will buy 23 trams, it said on Thursday.                  | deliver  | LACKS
            The first trams arrive in 2027, the city said on Thursday.        | deliver  | OFFERS
            Officials told reporters on Monday that the line would reopen.    | reopen   | LACKS
            The city announced on Thursday that it would buy 23 trams.        | announce | OFFERS_NEAR
            """)
    void should_not_take_the_day_a_report_was_given_for_when_its_news_happens(String sentence, String asked,
                                                                             QuestionKind.Offer offer) {
        assertThat(QuestionKind.TIME.offeredBy(sentence, Set.of(), Set.of(asked))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            In which hospital is the sick boy being treated?   | true
            Which school do the twins go to?                   | true
            What is the hospital called?                       | true
            Which ship rescued the crew?                       | false
            Who treated the boy?                               | false
            """)
    void should_tell_a_place_asked_for_by_its_kind(String question, boolean byItsKind) {
        assertThat(QuestionKind.of(question).namedWithItsKind(question)).isEqualTo(byItsKind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What was the name of the boat that capsized on the lake? | boat
            What is the name of the cleaning company that was hired? | firm
            What was Lee Garside's business called?                  | firm
            What is the film called?                                 | movie
            What's the name of the Bergen school the twins attend?   | school
            What was the name of the skipper?                        | ''
            Which village was the boat from?                         | ''
            """)
    void should_tell_the_words_a_thing_asked_for_by_name_goes_by(String question, String oneOfItsWords) {
        assertThat(QuestionKind.of(question).thingNamed(question).map(words -> words.contains(oneOfItsWords)))
                .isEqualTo(oneOfItsWords.isEmpty() ? Optional.empty() : Optional.of(true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ines Mota, a chemist at the University of Coimbra, led the study.      | OFFERS_NEAR
            Ines Mota, a chemist at Coimbra University, led the study.             | OFFERS_NEAR
            The university said Ines Mota of Coimbra had left.                     | LACKS
            """)
    void should_take_the_kind_asked_with_a_name_after_of_for_the_name_of_that_kind(String sentence, QuestionKind.Offer offer) {
        String question = "Which university is Ines Mota at?";
        QuestionKind kind = QuestionKind.of(question);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), Set.of("university"))).isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Four died after an overloaded tourist boat capsized in Chilika lake off Satapada. | OFFERS
            The boat, the Maa Tarini, capsized in Chilika lake.                             | OFFERS_NEAR
            """)
    void should_offer_a_things_name_only_beside_a_word_for_the_thing(String sentence, QuestionKind.Offer offer) {
        String question = "What was the name of the boat that capsized on Chilika lake?";
        QuestionKind kind = QuestionKind.of(question);
        assertThat(kind.offeredBy(sentence, QuestionKind.words(question), kind.thingNamed(question).orElseThrow()))
                .isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many passengers can each tram carry?       | passengers
            how many homes lost power?                     | homes
            How many people were evacuated?                | ''
            How many were killed?                          | ''
            How much did the repairs cost?                 | ''
            How many coast guard vessels were sent?        | vessels
            How many new homes lost power?                 | homes
            How many Ukrainian children were returned?     | children
            How many tonnes of grain were shipped?         | tonnes
            In the AP report, how many villages flooded?   | villages
            How many more people were evacuated?           | ''
            How many of them went back?                    | ''
            How many stations sent crews?                  | stations
            How many hospitals treated patients?           | hospitals
            How many injured workers were flown out?       | workers
            Over how many nights did the raids go on?      | nights
            """)
    void should_tell_what_a_count_must_count(String question, String counted) {
        assertThat(QuestionKind.of(question).counted(question))
                .isEqualTo(counted.isEmpty() ? Set.of() : Set.of(counted));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Parliament voted to ban trawling in three fjords of the Westfjords region.   | LACKS
            Dutch shipbuilder Kesteren Werft will cut 640 jobs.                         | OFFERS
            The Green Party proposed the ban.                                           | OFFERS_NEAR
            The ban was proposed, according to the Liberal Greens.                     | OFFERS
            """)
    void should_not_take_a_place_or_a_nationality_for_the_organisation_asked_for(String sentence,
                                                                                QuestionKind.Offer offer) {
        // given "Which party proposed the ban?"
        Set<String> questionWords = QuestionKind.words("Which party proposed the ban?");

        // when / then
        assertThat(QuestionKind.ORGANISATION.offeredBy(sentence, questionWords, Set.of("party", "proposed", "ban")))
                .isEqualTo(offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which supermarket chains sold the cheese?   | The cheese was sold to shoppers in Germany and Austria.      | LACKS
            Which supermarket chains sold the cheese?   | Kaufwelt and Nordmarkt took it off their shelves.             | OFFERS
            Which government condemned the raid?        | The raid was condemned by Norway on Tuesday.                  | OFFERS
            """)
    void should_take_a_country_for_an_organisation_only_where_it_may_be_one(String question, String sentence,
                                                                            QuestionKind.Offer offer) {
        assertThat(QuestionKind.ORGANISATION.offeredBy(sentence, QuestionKind.words(question), Set.of()))
                .isIn(offer, offer == QuestionKind.Offer.OFFERS ? QuestionKind.Offer.OFFERS_NEAR : offer);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Whose approval does the sale still need?             | false
            Who objected to the bus in 2022?                     | false
            And who designed the library?                        | false
            What is the name of the vicar who baked the cake?    | true
            Which company built the bridge?                      | true
            How many trams is Tallinn buying?                    | true
            What did the mayor say about the plan?               | false
            """)
    void should_let_a_lack_settle_it_except_for_a_who_that_common_nouns_answer(String question, boolean settles) {
        assertThat(QuestionKind.of(question).lackSettles(question)).isEqualTo(settles);
    }

    @Test
    void should_frame_a_sum_with_the_words_that_ask_for_money_only() {
        assertThat(QuestionKind.of("How much does a ferry ticket cost?").framing()).contains("cost").doesNotContain("ticket");
        assertThat(QuestionKind.of("How many passengers can a tram carry?").framing()).isEmpty();
    }
}
