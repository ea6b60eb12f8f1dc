/**
 * Settings from the environment and an optional properties file (the environment wins).
 * Secrets are held here and never printed. Imports nothing of the project.
 */
package org.newsdesk.config;
