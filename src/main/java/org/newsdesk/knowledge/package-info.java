/**
 * Articles as they sit in the knowledge folder: reading files safely, parsing front matter,
 * inferring metadata from the conventions of wire copy (headline, byline, dateline, sign-off, each read by its
 * own class from a bounded window of the text; the agencies they name) and checking curated facts.
 * Imports text; nothing from index, retrieval, answer or any adapter.
 */
package org.newsdesk.knowledge;
