package org.newsdesk.llm;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.llm.grounding.GivenPassage;
import org.newsdesk.prompts.Prompts;
import org.newsdesk.retrieval.PassageContent;

/**
 * The retrieved passages as the model is shown them: numbered from 1, one per line, under a line
 * naming their article ({@code llm/article}, {@code llm/passage}). A passage line holds nothing but
 * its sentence, so a quotation of it is a quotation of the article.
 */
final class PassageList {

    private PassageList() {
    }

    static String render(Prompts prompts, List<Content> contents) {
        List<String> lines = new ArrayList<>();
        String article = null;
        for (GivenPassage passage : given(contents)) {
            String document = contents.get(passage.number() - 1).textSegment().metadata()
                    .getString(PassageContent.DOCUMENT);
            if (!document.equals(article)) {
                if (article != null) {
                    lines.add("");
                }
                article = document;
                lines.add(prompts.render("llm/article", Map.of(
                        "publisher", passage.publisher(),
                        "published", passage.published().isEmpty() ? "undated" : passage.published(),
                        "title", passage.title())));
            }
            lines.add(prompts.render("llm/passage", Map.of("number", passage.number(), "text", passage.text())));
        }
        return String.join("\n", lines);
    }

    static List<GivenPassage> given(List<Content> contents) {
        List<GivenPassage> given = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            Metadata metadata = contents.get(i).textSegment().metadata();
            given.add(new GivenPassage(i + 1, contents.get(i).textSegment().text(),
                    metadata.getString(PassageContent.TITLE), metadata.getString(PassageContent.PUBLISHER),
                    metadata.getString(PassageContent.PUBLISHED)));
        }
        return given;
    }

    /** Keeps a reader's text from closing the tags it is fenced in ({@code </question>}). */
    static String fenced(String readerText) {
        return readerText.replace('<', '‹').replace('>', '›');
    }
}
