/**
 * Small statistics over measured figures (percentiles of answer times), shared by the bot's
 * {@code /stats} and the benchmarks. Imports nothing but the JDK.
 */
package org.newsdesk.stats;
