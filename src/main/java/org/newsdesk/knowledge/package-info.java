/**
 * Articles as they sit in the knowledge folder: reading files safely, parsing front matter,
 * inferring metadata (dateline, sign-off, headline) and checking curated facts.
 * Imports text; nothing from index, retrieval, answer or any adapter.
 */
package org.newsdesk.knowledge;
