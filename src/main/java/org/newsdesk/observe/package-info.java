/**
 * The port through which the core and the adapters report what happened (a reload, a model call, a
 * Telegram request) to whoever watches: metrics and readiness, wired by the composition root. Imports
 * nothing, so every package may use it; what listens (Micrometer, the HTTP listener) lives elsewhere.
 */
package org.newsdesk.observe;
