package org.newsdesk.index;

import java.util.List;

/**
 * Turns text into unit-length vectors. Queries and passages are embedded apart because some models
 * want each marked as such ("query: ", "passage: ").
 */
public interface Embedder {

    /** Names the model in cache keys, so switching models never reuses the wrong vectors. */
    String id();

    float[] embedQuery(String text);

    List<float[]> embedPassages(List<String> texts);
}
