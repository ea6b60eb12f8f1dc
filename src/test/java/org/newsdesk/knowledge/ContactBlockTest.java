package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactBlockTest {

    @Test
    void should_give_the_name_under_a_releases_further_information_without_its_telephone() {
        String body = """
                The ice where the floe broke loose measured 28 centimetres.

                Further information:
                Commander Liisa Kärnä, head of the maritime rescue sub-centre, tel. +358 295 41 7000
                Communications, Gulf of Bothnia Coast Guard District
                """;

        ContactBlock block = ContactBlock.at(body).orElseThrow();

        assertThat(block.contact()).isEqualTo("Commander Liisa Kärnä, head of the maritime rescue sub-centre");
        assertThat(block.text()).isEqualTo(
                "Further information:\nCommander Liisa Kärnä, head of the maritime rescue sub-centre, tel. +358 295 41 7000");
    }

    @Test
    void should_give_a_contact_on_the_labels_own_line() {
        String body = "Bonfires are banned.\n\nMedia contact: Ruth Okafor, press officer | 01539 440 218\n";

        assertThat(ContactBlock.at(body).map(ContactBlock::contact)).contains("Ruth Okafor, press officer");
    }

    @Test
    void should_find_no_contact_in_reporting_that_only_mentions_one() {
        String body = "Police asked anyone with information to contact them. The road reopened at noon.\n";

        assertThat(ContactBlock.at(body)).isEmpty();
    }
}
