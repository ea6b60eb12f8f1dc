/**
 * Checks a model's answer against the numbered passages it was given: citations point at given
 * passages, every figure and quoted phrase appears in a cited passage, reported claims keep who made
 * them, and no instruction text leaks. Plain text work: imports nothing of LangChain4j, the index or
 * the adapters.
 */
package org.newsdesk.llm.grounding;
