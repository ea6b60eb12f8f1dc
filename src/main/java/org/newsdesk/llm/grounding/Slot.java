package org.newsdesk.llm.grounding;

/**
 * A participant in its role in a clause: {@code agent:V} or {@code patient:V} of a verb (by its stem, with
 * passives turned round), or {@code prep:R} and {@code prep:R:V} for the object of a role preposition.
 */
record Slot(String key, Participant who) {

    boolean core() {
        return key.startsWith("agent:") || key.startsWith("patient:");
    }

    String role() {
        return key.startsWith("prep:") ? key.split(":")[1] : key.substring(0, key.indexOf(':'));
    }
}
