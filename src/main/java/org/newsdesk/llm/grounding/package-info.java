/**
 * Checks a model's answer against the numbered passages it was given: citations point at given passages,
 * each sentence quotes the words of its passage it rests on and says no more than they do (names, figures,
 * dates, roles, directions, negation, opposites, hedges: {@link org.newsdesk.llm.grounding.ClaimCheck}, reading
 * English with Apache OpenNLP's tagger and tables derived from WordNet 3.1 under {@code /grounding/}: opposite
 * words, irregular forms, capitals and their countries), every quoted phrase is in a cited passage, reported claims keep who made
 * them, and no instruction text leaks. Text work only: imports OpenNLP and Lucene's Snowball stemmer, and
 * nothing of LangChain4j, the index or the adapters.
 */
package org.newsdesk.llm.grounding;
