package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportQualifiersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "According to AFP, how many passengers were rescued?|AFP|How many passengers were rescued?",
            "How many passengers were rescued, according to AFP?|AFP|How many passengers were rescued?",
            "Per Reuters, how many passengers were rescued?|Reuters|How many passengers were rescued?",
            "What did AP report about how many passengers were rescued?|AP|How many passengers were rescued?",
            "What death toll did the AP give?|AP|What death toll?",
            "In the AP report, what did insurers estimate the damage at?|AP|What did insurers estimate the damage at?",
            "How many passengers does the AFP story say were rescued?|AFP|How many passengers were rescued?",
            "How many dead did the AFP count?|AFP|How many dead?",
            "How many people had died by the time AP filed its story?|AP|How many people had died?"})
    void should_take_out_the_words_that_choose_an_outlet(String question, String outlet, String rest) {
        // given
        ReportFilter filter = new ReportFilter(Set.of(outlet), null, 0, false, "", ReportFilter.Order.ANY, null);

        // then
        assertThat(ReportQualifiers.removedFrom(question, filter)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In the March 7 report, how many passengers were rescued?|How many passengers were rescued?",
            "In the March 7 newsletter, how many passengers were rescued?|How many passengers were rescued?",
            "In the March 7 broadcast, how many passengers were rescued?|How many passengers were rescued?",
            "What did the March 7 story say about the passengers?|What the passengers?"})
    void should_take_out_a_report_date(String question, String rest) {
        // given
        ReportFilter filter = new ReportFilter(Set.of(), MonthDay.of(3, 7), 0, true, "March 7", ReportFilter.Order.ANY, null);

        // then
        assertThat(ReportQualifiers.removedFrom(question, filter)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "What is the latest count of passengers rescued?|What is the count of passengers rescued?",
            "What was the first reported death toll?|What was the death toll?",
            "How many passengers did the first report say were rescued?|How many passengers were rescued?",
            "What does the latest report say about how many people were treated?|How many people were treated?",
            // the story a qualifier names stays, for the question's "it" to lean on; a day does not
            "In the first report on the mine fire, how deep did it start?|How deep did it start? (the mine fire)",
            "In the latest report on March 7, how deep did it start?|How deep did it start?"})
    void should_take_out_latest_and_first(String question, String rest) {
        // given
        ReportFilter.Order order = question.contains("latest") ? ReportFilter.Order.LATEST : ReportFilter.Order.EARLIEST;
        ReportFilter filter = new ReportFilter(Set.of(), null, 0, false, "", order, null);

        // then
        assertThat(ReportQualifiers.removedFrom(question, filter)).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How many passengers were rescued?",
            "What did Melania say about the children?"})
    void should_leave_a_question_that_chooses_no_report_as_asked(String question) {
        assertThat(ReportQualifiers.removedFrom(question, ReportFilter.NONE)).isEqualTo(question);
    }
}
