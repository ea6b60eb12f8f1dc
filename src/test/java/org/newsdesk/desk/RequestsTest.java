package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "summary|SUMMARY", "Give me a summary|SUMMARY", "give me a summary, please|SUMMARY",
            "Can you summarise the articles?|SUMMARY", "What is this about?|SUMMARY", "what's it all about|SUMMARY",
            "an overview of the coverage|SUMMARY", "tl;dr|SUMMARY", "Короткий огляд, будь ласка|SUMMARY",
            "Про що це?|SUMMARY", "О чём это?|SUMMARY", "дай мне краткий обзор|SUMMARY",
            "key facts|FACTS", "What are the key facts?|FACTS", "quick facts please|FACTS", "the main points|FACTS",
            "Головні факти|FACTS", "главные факты|FACTS",
            "timeline|TIMELINE", "What happened when?|TIMELINE", "show me the timeline|TIMELINE",
            "a chronology of events|TIMELINE", "Хронологія|TIMELINE", "хронология|TIMELINE",
            "Which articles do you have?|SOURCES", "what sources do you have|SOURCES", "sources|SOURCES",
            "What are your sources?|SOURCES", "list of articles|SOURCES", "Які статті ти маєш?|SOURCES",
            "какие статьи у тебя есть?|SOURCES"})
    void should_recognise_a_request_for_a_feature(String text, Feature feature) {
        assertThat(Requests.of(text)).contains(feature);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What is the summary of the mayor's speech?", "What are the key facts about the ICC warrant?",
            "How many children were returned?", "Which article says Putin replied?",
            "What happened in Kyiv on Monday?", "When did the talks start?", "What does the timeline of the war show?",
            "Who are the sources of the AFP report?", "Facts about Melania Trump", "",
            "Скільки дітей повернули?", "Что сказал Зеленский?"})
    void should_take_anything_with_a_focus_of_its_own_as_a_question(String text) {
        assertThat(Requests.of(text)).isEqualTo(Optional.empty());
    }
}
