package org.factbench.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void the_workflow_graph_is_exactly_the_documented_one() {
        assertThat(ClaimStatus.NEW.next()).containsExactlyInAnyOrder(ClaimStatus.IN_RESEARCH, ClaimStatus.REJECTED, ClaimStatus.MERGED);
        assertThat(ClaimStatus.IN_RESEARCH.next()).containsExactlyInAnyOrder(ClaimStatus.IN_REVIEW, ClaimStatus.REJECTED, ClaimStatus.MERGED);
        assertThat(ClaimStatus.IN_REVIEW.next())
                .containsExactlyInAnyOrder(ClaimStatus.IN_RESEARCH, ClaimStatus.PUBLISHED, ClaimStatus.REJECTED, ClaimStatus.MERGED);
        assertThat(ClaimStatus.PUBLISHED.next()).containsExactly(ClaimStatus.IN_RESEARCH);
        assertThat(ClaimStatus.REJECTED.next()).containsExactly(ClaimStatus.IN_RESEARCH);
        assertThat(ClaimStatus.MERGED.next()).isEmpty();
    }

    @Test
    void only_new_research_and_review_are_open() {
        assertThat(EnumSet.allOf(ClaimStatus.class).stream().filter(ClaimStatus::isOpen))
                .containsExactlyInAnyOrder(ClaimStatus.NEW, ClaimStatus.IN_RESEARCH, ClaimStatus.IN_REVIEW);
    }

    @Test
    void nothing_skips_review() {
        for (ClaimStatus from : ClaimStatus.values()) {
            if (from != ClaimStatus.IN_REVIEW) assertThat(from.canMoveTo(ClaimStatus.PUBLISHED)).as(from.name()).isFalse();
        }
    }
}
