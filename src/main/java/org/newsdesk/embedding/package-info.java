/**
 * The in-process embedding models (ONNX Runtime through LangChain4j), set up to work with no network.
 * The only place that names a model; the core sees the {@link org.newsdesk.index.Embedder} interface.
 */
package org.newsdesk.embedding;
