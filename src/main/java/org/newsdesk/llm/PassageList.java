package org.newsdesk.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.llm.grounding.GivenPassage;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.retrieval.PassageContent;

/** The retrieved passages as the model is shown them, numbered from 1 with the {@code llm/passage} template. */
final class PassageList {

    private PassageList() {
    }

    static String render(Prompts prompts, List<Content> contents) {
        List<String> lines = new ArrayList<>();
        List<GivenPassage> given = given(contents);
        for (GivenPassage passage : given) {
            Metadata metadata = contents.get(passage.number() - 1).textSegment().metadata();
            lines.add(prompts.render("llm/passage", Map.of(
                    "number", passage.number(),
                    "text", passage.text(),
                    "title", passage.title(),
                    "publisher", metadata.getString(PassageContent.PUBLISHER),
                    "published", passage.published().isEmpty() ? "undated" : passage.published())));
        }
        return String.join("\n", lines);
    }

    static List<GivenPassage> given(List<Content> contents) {
        List<GivenPassage> given = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            Metadata metadata = contents.get(i).textSegment().metadata();
            given.add(new GivenPassage(i + 1, contents.get(i).textSegment().text(),
                    metadata.getString(PassageContent.TITLE), metadata.getString(PassageContent.PUBLISHED)));
        }
        return given;
    }

    /** Keeps a reader's text from closing the tags it is fenced in ({@code </question>}). */
    static String fenced(String readerText) {
        return readerText.replace('<', '‹').replace('>', '›');
    }
}
