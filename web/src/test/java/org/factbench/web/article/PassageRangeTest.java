package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassageRangeTest {

    @Test
    void a_valid_range_in_the_url_is_read() {
        assertThat(PassageRange.from(QueryParameters.simple(Map.of("start", "12", "end", "40"))))
                .contains(new PassageRange(12, 40));
    }

    @Test
    void missing_or_malformed_ranges_are_ignored_so_the_article_still_opens() {
        assertThat(PassageRange.from(QueryParameters.empty())).isEmpty();
        assertThat(PassageRange.from(QueryParameters.simple(Map.of("start", "40", "end", "12")))).isEmpty();
        assertThat(PassageRange.from(QueryParameters.simple(Map.of("start", "-1", "end", "12")))).isEmpty();
        assertThat(PassageRange.from(QueryParameters.simple(Map.of("start", "x", "end", "12")))).isEmpty();
        assertThat(PassageRange.from(QueryParameters.simple(Map.of("start", "99999999999", "end", "1")))).isEmpty();
    }
}
