package org.newsdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Which agency reported the prisoner exchange?|OUTLET|prisoner exchange",
            "What news outlet published the story about the museum?|OUTLET|museum",
            "Who published this article?|OUTLET|''",
            "Who carried the Reuters story on the strike?|OUTLET|strike",
            "Who published it?|OUTLET|''",
            "Which newspaper printed the letter about the closed library?|OUTLET|letter closed library",
            "Who put out the appeal about the missing dog?|OUTLET|appeal missing dog",
            "Which organisation issued the statement about the flooded mine?|OUTLET|flooded mine",
            "Whose report is this?|OUTLET|''",
            "Who wrote the report on the grain corridor?|AUTHOR|grain corridor",
            "Who wrote about the flood in Riverton?|AUTHOR|flood Riverton",
            "Who is the author of the article about the bridge?|AUTHOR|bridge",
            "Who wrote the review of the lighthouse novel?|AUTHOR|lighthouse novel",
            "Who wrote the transcript of the minister's briefing?|AUTHOR|minister briefing",
            "Who wrote the abstract on hay fever in toddlers?|AUTHOR|hay fever toddlers",
            "Who are the authors of the ferry safety poster?|AUTHOR|ferry safety",
            "Who reported the story?|AUTHOR|''",
            "Who reported the grain corridor talks for Reuters?|AUTHOR|grain corridor talks",
            "Who wrote the AP story about the bridge being closed?|AUTHOR|bridge closed",
            "Who is the reporter behind Bloomberg's Genoa strike story?|AUTHOR|Genoa strike",
            "Who wrote Harbour Light Gazette's piece on the ferry strike?|AUTHOR|Harbour Light Gazette ferry strike",
            "Who wrote the feature about the island buyout?|AUTHOR|island buyout",
            "When was the brief on the library published?|PUBLISHED|library",
            "When was the report published?|PUBLISHED|''",
            "When did the Border Guard put out its release on the rescue?|PUBLISHED|Border Guard rescue",
            "Who is given as the contact for further information in the Coast Guard release?|CONTACT|Coast Guard",
            "Who is the press contact for the rescue?|CONTACT|rescue",
            "Who should reporters phone at the museum about the theft?|CONTACT|museum theft",
            "In which paper did the lighthouse story appear?|OUTLET|lighthouse",
            "When was the story about the harbor bridge published?|PUBLISHED|harbor bridge",
            "When did Reuters publish its report on the grain deal?|PUBLISHED|grain deal",
            "On what date did AFP publish its report on the museum heist?|PUBLISHED|museum heist",
            "On what date did Kyodo put the typhoon story out?|PUBLISHED|typhoon",
            "Who signed the commission's decision on gravel?|SIGNATORY|commission decision gravel",
            "Whose signature is on the mayor's executive order?|SIGNATORY|mayor executive order",
            "Who was the letter to parents signed by?|SIGNATORY|letter parents",
            "What number does the commission's decision carry?|NUMBER|commission decision",
            "What is the order's reference number?|NUMBER|order",
            "What is the number of the harbour notice?|NUMBER|harbour",
            "When did the library post the news of the donation?|PUBLISHED|library post donation",
            "When was the English version of the panel's opinion released?|PUBLISHED|English version panel opinion",
            "On what date did Reuters report Nordvik's quarterly numbers?|PUBLISHED|Nordvik quarterly numbers",
            "What is the publication date of the ferry story?|PUBLISHED|ferry",
            "Where was the museum story filed from?|PLACE|museum",
            "What is the dateline of the Reuters story?|PLACE|''",
            "Where was it written?|PLACE|''",
            "What is the headline of the story about the flood?|HEADLINE|flood",
            "What was the article headlined?|HEADLINE|''",
            "How old is the report on the chip maker?|AGE|chip maker",
            "How recent is this story?|AGE|''",
            "How long ago was the ferry story published?|AGE|ferry",
            "How long ago did the radio station put out its item on the kayaker?|AGE|kayaker",
            "Who edited the Reuters report on the grain corridor?|EDITOR|grain corridor",
            "Which AP writer contributed to the flood story from Portland?|CONTRIBUTOR|flood Portland",
            "Which AP writer in Pokhara contributed to the landslide report?|CONTRIBUTOR|Pokhara landslide",
            "Which reporter in Kyiv wrote the chip maker story?|AUTHOR|Kyiv chip maker",
            "From which city did AFP file its first story on the landslide?|PLACE|landslide",
            "Which agency is behind the report on the museum?|OUTLET|museum",
            "According to which agency did the ferry capsize?|OUTLET|ferry capsize",
            "Name the news agency that reported the museum reopening.|OUTLET|museum reopening",
            "Is the ferry story from Reuters or AP?|OUTLET|ferry",
            "By whom was the flood article written?|AUTHOR|flood",
            "Which reporter covered the harbor bridge closure?|AUTHOR|harbor bridge closure",
            "Which editor worked on the grain corridor story?|EDITOR|worked grain corridor",
            "Who is named as the editor responsible for the chipmaker story?|EDITOR|chipmaker",
            "Who contributed additional reporting to the flood story?|CONTRIBUTOR|flood",
            "Which colleague helped with the Bloomberg tin report?|CONTRIBUTOR|tin",
            "Which AP journalist added reporting on the dam from Lima?|CONTRIBUTOR|dam Lima",
            "Which government department put out the statement about the pier repairs?|OUTLET|pier repairs",
            "When did the museum story come out?|PUBLISHED|museum",
            "When was the ferry company's service notice issued?|PUBLISHED|ferry company",
            "Who wrote the Farm Weekly explainer on the dairy merger?|AUTHOR|Farm Weekly dairy merger",
            "Who wrote the Harbour Valley Gazette's ferry strike story?|AUTHOR|Harbour Valley Gazette ferry strike",
            "On what date did the paper publish its obituary of the warden?|PUBLISHED|warden",
            "Which news site ran the live updates on the ferry sinking?|OUTLET|ferry sinking",
            "Who conducted the interview with the glider club's chair?|AUTHOR|glider club chair",
            "When did the interview with Lena Brandt appear?|PUBLISHED|Lena Brandt",
            "Which day was the ferry report filed?|PUBLISHED|ferry",
            "What date is on the trawling story?|PUBLISHED|trawling",
            "What city does the grain corridor story come from?|PLACE|grain corridor",
            "What was the flood story's title?|HEADLINE|flood",
            "What is the bridge article called?|HEADLINE|bridge",
            "Is the ferry report still current?|AGE|ferry",
            "Which TV station ran the story on the sinkhole?|OUTLET|sinkhole",
            "Which radio network aired the report on ferry fares?|OUTLET|ferry fares",
            "At what time was the Harbour Post story about the toll last updated?|STAMP|Harbour Post toll",
            "What time was the notice about the ferry issued?|STAMP|ferry",
            "At what time of day was the Harbour Post piece on the ferry posted?|STAMP|Harbour Post ferry",
            "When did the Harbour Post first put its story about the capsize online?|STAMP|Harbour Post capsize",
            "When was the ferry story updated?|STAMP|ferry",
            "When was the live page on the harbour fire last updated?|STAMP|harbour fire",
            "When was the Northern Ledger's piece on the dock strike last modified?|STAMP|Northern Ledger dock strike",
            "On what date did the coastguard post its appeal about the missing kayaker?|PUBLISHED|coastguard post appeal missing kayaker",
            "When did the council issue the flood appeal?|PUBLISHED|issue flood appeal"})
    void should_recognise_questions_about_a_report(String question, ReportQuestion.Aspect aspect, String topic) {
        // when
        ReportQuestion read = ReportQuestion.of(question).orElseThrow();

        // then
        assertThat(read.aspect()).isEqualTo(aspect);
        assertThat(read.topic()).isEqualTo(topic);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Which agency brokered the prisoner swap?",
            "Who wrote the letter to Putin?",
            "When was the warrant issued?",
            "How old is Melania Trump?",
            "What title does Lvova-Belova hold?",
            "Where did the ferry capsize?",
            "According to AFP, how many passengers were rescued?",
            "Who filed the lawsuit?",
            "Who filed the lawsuit for the company?",
            "Who covered the costs for the Red Cross?",
            "When was the bridge built?",
            "What contributed to the flooding?",
            "Who edited the film?",
            "When did Nordvik report its quarterly numbers?",
            "Which station was closed by the strike?",
            "Who carried the letter to Putin?",
            "Who published the leaked documents?",
            "When did the club file its appeal against the ban?",
            "On what date did the court hear the appeal?",
            "Who put out the fire?",
            "Who filed the appeal?",
            "Which organisation reported the first cases?",
            "What did the hackers put online to back up their claim?",
            "What time did the storm hit?",
            "When was the death toll last updated by the police?",
            "When was the release of the hostages?",
            "Who was the contact between the two families?",
            "When did the prisoners' release happen?"})
    void should_leave_questions_about_the_news_to_the_answerer(String question) {
        assertThat(ReportQuestion.of(question)).isEmpty();
    }
}
