/**
 * Text helpers every layer shares: how untrusted text (file names, reasons, anything read from a file
 * or a message) is made safe to print. Imports nothing but the JDK.
 */
package org.newsdesk.text;
