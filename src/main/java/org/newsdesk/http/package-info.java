/**
 * The HTTP listener ({@code NEWSDESK_HTTP_PORT}): one small server (the JDK's) on which routes are mounted
 * by path, today {@code /healthz}, {@code /readyz} and {@code /metrics}, and the readiness they report. A
 * route is a function from {@link org.newsdesk.http.HttpListener.Request} to
 * {@link org.newsdesk.http.HttpListener.Response}, so another (the Telegram webhook) is one
 * {@link org.newsdesk.http.HttpListener#route} call. Imports only the observe port; knows nothing of
 * Telegram, Micrometer or the core.
 */
package org.newsdesk.http;
