package org.newsdesk.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import dev.langchain4j.data.segment.TextSegment;
import java.util.Arrays;
import java.util.List;

/**
 * Every sentence a segment of its own, as {@code DocumentBySentenceSplitter} finds them: the splitter of the
 * tutorial pipeline ({@link ReferencePipeline}, and the test tree's {@code TutorialPipelineReport}).
 */
public final class OneSegmentPerSentence implements DocumentSplitter {
    private final DocumentBySentenceSplitter sentences = new DocumentBySentenceSplitter(Integer.MAX_VALUE, 0);

    @Override
    public List<TextSegment> split(Document document) {
        return Arrays.stream(sentences.split(document.text())).filter(sentence -> !sentence.isBlank())
                .map(sentence -> TextSegment.from(sentence, document.metadata().copy())).toList();
    }
}
