package org.newsdesk.llm;

import dev.langchain4j.rag.content.Content;
import java.util.List;

/** What the model wrote for the reader, with the passages it was given, numbered in this order from 1. */
record Draft(String text, List<Content> passages) {

    Draft {
        text = ModelText.visible(text);
        passages = List.copyOf(passages);
    }

    Draft revised(String newText) {
        return new Draft(newText, passages);
    }
}
