package org.factbench.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchCriteriaTest {

    @Test
    void a_search_goes_into_the_url_and_comes_back_out_of_it() {
        SearchCriteria criteria = new SearchCriteria("встреча в Москве & more", "ru", "Кавказский обозреватель",
                LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31));

        String query = criteria.queryParameters().getQueryString();
        assertThat(query).startsWith("q=").contains("lang=ru").contains("from=2021-12-01").contains("to=2021-12-31")
                .doesNotContain(" ").doesNotContain("& more");
        assertThat(SearchCriteria.from(QueryParameters.fromString(query))).contains(criteria);
    }

    @Test
    void empty_filters_stay_out_and_a_url_without_words_or_with_a_bad_date_is_read_leniently() {
        assertThat(new SearchCriteria("moscow", " ", null, null, null).queryParameters().getQueryString()).isEqualTo("q=moscow");
        assertThat(SearchCriteria.from(QueryParameters.fromString("lang=en"))).isEmpty();
        assertThat(SearchCriteria.from(QueryParameters.fromString("q=moscow&from=yesterday")))
                .contains(new SearchCriteria("moscow", null, null, null, null));
    }
}
