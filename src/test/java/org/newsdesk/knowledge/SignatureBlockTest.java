package org.newsdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureBlockTest {

    @Test
    void should_read_a_name_over_the_post_it_signs_as() {
        String body = """
                DECISION No. 14/2024

                3. Extraction shall stop on 1 July 2024.

                Prof. Anne-Marie Duvoisin
                President of the Commission
                """;

        assertThat(SignatureBlock.at(body)).hasValueSatisfying(block -> {
            assertThat(block.name()).isEqualTo("Prof. Anne-Marie Duvoisin");
            assertThat(block.post()).isEqualTo("President of the Commission");
            assertThat(body).contains(block.text());
            assertThat(block.text()).startsWith("Prof. Anne-Marie Duvoisin").endsWith("President of the Commission");
        });
    }

    @Test
    void should_take_the_signed_name_over_an_attesters() {
        String body = """
                SECTION 4. This order takes effect at once.

                DONE in the Town of Carmen, this 2nd day of June 2025.

                (Sgd.) JOSEFINA R. DELA PAZ
                Municipal Mayor

                Attested by:

                (Sgd.) ARNEL T. BUSTAMANTE
                Municipal Secretary
                """;

        assertThat(SignatureBlock.at(body)).hasValueSatisfying(block -> {
            assertThat(block.name()).isEqualTo("Josefina R. Dela Paz");
            assertThat(block.post()).isEqualTo("Municipal Mayor");
            assertThat(block.text()).startsWith("(Sgd.) JOSEFINA");
        });
    }

    @Test
    void should_read_the_name_under_a_letters_closing() {
        String body = """
                Dear parents,

                The school will close at noon on Friday for staff training.

                Yours sincerely,

                Gareth Pryce-Jones
                """;

        assertThat(SignatureBlock.at(body)).hasValueSatisfying(block -> {
            assertThat(block.name()).isEqualTo("Gareth Pryce-Jones");
            assertThat(block.post()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The river crested on Tuesday.\n\nOfficials said the barriers held.\n",
            "The river crested on Tuesday.\n\nMedia Contact\nJane Smith\n",
            "The river crested on Tuesday.\n\nENDS\n",
            "The river crested on Tuesday.\n\nJane Smith in Geneva\n"})
    void should_find_no_signature_at_the_foot_of_a_report(String body) {
        assertThat(SignatureBlock.at(body)).isEmpty();
    }
}
