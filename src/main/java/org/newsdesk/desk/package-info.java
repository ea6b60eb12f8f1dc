/**
 * The answering core as its adapters see it: {@link org.newsdesk.desk.Desk} joins the knowledge, the index,
 * retrieval, the extractive answerer and the quick facts behind one facade.
 * It may import every core package (knowledge, index, retrieval, answer, facts, prompts, and the observe
 * port to report reloads) but never an adapter (telegram, console, llm), the command line (cli) or the
 * entry point.
 */
package org.newsdesk.desk;
