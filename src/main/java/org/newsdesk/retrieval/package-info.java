/**
 * Retrieval as a LangChain4j chain: an embedding and a lexical {@code ContentRetriever} over one
 * snapshot, routed together and fused by LangChain4j's reciprocal-rank aggregator. The LLM mode plugs
 * the same router into its {@code RetrievalAugmentor}. Imports index; never answer or an adapter.
 */
package org.newsdesk.retrieval;
