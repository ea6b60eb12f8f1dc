/**
 * Checks a model's answer against the numbered passages it was given: citations point at given passages,
 * each sentence quotes the words of its passage it rests on and says no more than they do, every quoted phrase
 * is in a cited passage, reported claims keep who made them, and no instruction text leaks
 * ({@link org.newsdesk.llm.grounding.GroundingCheck}).
 * <p>
 * The claim check ({@link org.newsdesk.llm.grounding.ClaimCheck}) holds a sentence to its spans one concern
 * at a time: names ({@code NameCheck}), figures and dates ({@code FigureCheck}), negation
 * ({@code NegationCheck}), opposite words ({@code OppositeCheck}), hedges, suspicions and verdicts
 * ({@code ModalityCheck}), roles and directions ({@code RoleCheck}), the order of events ({@code OrderCheck})
 * and attribution ({@code AttributionCheck}). Each reads English as a {@code Statement}: the tagger's words
 * ({@code EnglishTagger}, Apache OpenNLP, corrected by {@code TagCorrections}) split into {@code Clauses}, each
 * {@code Clause} with its {@code NounPhrases}, the {@code Roles} they fill, what its {@code Negations} apply to
 * and its {@code Certainty}; the figures and what they count ({@code Count}). Word classes are in
 * {@code Grammar}; opposite words, capitals and their countries in tables derived from WordNet 3.1 under
 * {@code /grounding/}; irregular forms and abbreviations are shared with the rest of the product in {@code text}.
 * <p>
 * Text work only: imports OpenNLP and Lucene's Snowball stemmer, and nothing of LangChain4j, the index or the
 * adapters.
 */
package org.newsdesk.llm.grounding;
