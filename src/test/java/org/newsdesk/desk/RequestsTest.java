package org.newsdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "summary|SUMMARY", "Give me the short version|SUMMARY", "Give me a summary|SUMMARY", "give me a summary, please|SUMMARY",
            "Can you summarise the articles?|SUMMARY", "What is this about?|SUMMARY", "what's it all about|SUMMARY",
            "an overview of the coverage|SUMMARY", "tl;dr|SUMMARY", "Короткий огляд, будь ласка|SUMMARY",
            "Про що це?|SUMMARY", "О чём это?|SUMMARY", "дай мне краткий обзор|SUMMARY",
            "key facts|FACTS", "What are the key facts?|FACTS", "quick facts please|FACTS", "the main points|FACTS",
            "What are the main things to know?|FACTS",
            "Головні факти|FACTS", "главные факты|FACTS",
            "timeline|TIMELINE", "What happened when?|TIMELINE", "show me the timeline|TIMELINE",
            "a chronology of events|TIMELINE", "Хронологія|TIMELINE", "хронология|TIMELINE",
            "Put the events in chronological order, please|TIMELINE",
            "list the stories you can answer questions about|SOURCES", "Which reports can I ask you about?|SOURCES",
            "Which articles do you have?|SOURCES", "what sources do you have|SOURCES", "sources|SOURCES",
            "What are your sources?|SOURCES", "list of articles|SOURCES", "Які статті ти маєш?|SOURCES",
            "какие статьи у тебя есть?|SOURCES", "Which stories can you tell me about?|SOURCES",
            "What topics do you cover?|SOURCES", "Which stories can I ask questions on?|SOURCES", "what can I ask you about?|SOURCES", "What's new?|SUMMARY", "any news today?|SUMMARY", "What's in the news today?|SUMMARY",
            "what is going on?|SUMMARY", "help|HELP", "What can you do?|HELP", "hello|HELP", "Thanks!|HELP",
            "how does this work?|HELP", "привіт|HELP", "спасибо|HELP"})
    void should_recognise_a_request_for_a_feature(String text, Feature feature) {
        assertThat(Requests.of(text)).contains(feature);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Give me a summary of the derailment|derailment",
            "Summarise the Kesteren story, please|kesteren",
            "can you summarize the story about the stolen painting?|stolen painting",
            "a quick recap of the ferry strike reports|ferry strike",
            "summary of the children story|children", "What happened in Iceland?|iceland",
            "brief me on the ferry strike|ferry strike", "what's the latest on the floods?|floods",
            "What is the latest news on the miners at Aspen Bluff?|miners at aspen bluff",
            "So what is going on in Marseille?|marseille",
            "What are the key facts about the ICC warrant?|icc warrant", "main points of the Lierden sale|lierden sale",
            "What are the main things to know from the harbour trust page?|harbour trust page",
            "What are the main takeaways from the lighthouse feature?|lighthouse",
            "What is the Fernley Athletic statement about?|fernley athletic",
            "So what was the Antwerp fire story all about?|antwerp fire",
            "What's the Harbour Gazette correction about?|harbour gazette",
            "Could I get the main points of the harbour trust report as bullets?|harbour trust",
            "Anything in there about the tram tender? Give me the short version.|tram tender",
            "Is there anything on the ferry strike?|ferry strike"})
    void should_read_the_story_a_summary_is_asked_of(String text, String topic) {
        assertThat(Requests.summaryTopic(text)).contains(topic);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Show me the timeline of the Antwerp fire.|antwerp fire", "chronology of the ferry strike|ferry strike",
            "What is the timeline for the derailment?|derailment", "key dates of the Kesteren story|kesteren",
            "Walk me through the dam breach and what followed, in order.|dam breach",
            "Take us through the cup final minute by minute|cup final",
            "Lay out, in order of time, how the gas leak unfolded.|gas leak",
            "Describe how the siege played out|siege", "Tell me how the ferry rescue happened, step by step|ferry rescue",
            "Put the harbour strike events in chronological order for me.|harbour strike",
            "Could you arrange the pier collapse reports chronologically?|pier collapse"})
    void should_read_the_story_a_timeline_is_asked_of(String text, String topic) {
        assertThat(Requests.timelineTopic(text)).contains(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "show me the timeline of the articles", "What does the timeline of the war show?",
            "When did the fire start?", "Tell me how the fire happened", "Explain how the vote went"})
    void should_read_no_story_in_a_timeline_of_everything_or_in_a_question(String text) {
        assertThat(Requests.timelineTopic(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"give me a summary", "summary of the articles", "How many children were returned?",
            "Summary", "What did the summary of the report say about Kyiv and the children who were returned home?",
            "What happened in Kyiv on Monday?", "What happened to the bridge?", "Facts about Melania Trump",
            "What are the key facts?", "What is the story about the mayor's pay rise?"})
    void should_read_no_story_in_a_summary_of_everything_or_in_a_question(String text) {
        assertThat(Requests.summaryTopic(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What is the summary of the mayor's speech?", "What are the key facts about the ICC warrant?",
            "How many children were returned?", "Which article says Putin replied?",
            "What happened in Kyiv on Monday?", "When did the talks start?", "What does the timeline of the war show?",
            "Who are the sources of the AFP report?", "Facts about Melania Trump", "",
            "Can you help me write a cover letter?", "Hello, how many trams is Tallinn buying?", "What's new at the zoo?",
            "What's in the news release from the council?",
            "Скільки дітей повернули?", "Что сказал Зеленский?", "What news do you have about the floods?"})
    void should_take_anything_with_a_focus_of_its_own_as_a_question(String text) {
        assertThat(Requests.of(text)).isEqualTo(Optional.empty());
    }
}
