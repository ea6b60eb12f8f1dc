/**
 * Text helpers every layer shares: how untrusted text (file names, reasons, anything read from a file
 * or a message) is made safe to print, and the words of an English sentence with their parts of speech
 * (Apache OpenNLP), and the adjectives of countries. Imports nothing of the project; only the JDK and OpenNLP.
 */
package org.newsdesk.text;
