package org.factbench.core.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void finds_mentions_but_not_email_addresses_or_trailing_punctuation() {
        assertThat(Mentions.usernames("@editor please check, cc @chris.k. Mail me at a@b.org (@x_y)"))
                .containsExactly("editor", "chris.k", "x_y");
    }

    @Test
    void a_name_mentioned_twice_counts_once() {
        assertThat(Mentions.usernames("@ann and @ann again")).containsExactly("ann");
    }
}
