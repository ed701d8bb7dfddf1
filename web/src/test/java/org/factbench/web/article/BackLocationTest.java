package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Back to the results" comes from the URL: only a location inside the app may become its link. */
class BackLocationTest {

    @Test
    void app_locations_pass_other_sites_and_script_urls_do_not() {
        assertThat(ArticleView.isAppLocation("search?q=first%20meeting%20Moscow&lang=en")).isTrue();
        assertThat(ArticleView.isAppLocation("claim/12?q=moscow")).isTrue();
        assertThat(ArticleView.isAppLocation("javascript:alert(1)")).isFalse();
        assertThat(ArticleView.isAppLocation("JavaScript:alert(1)")).isFalse();
        assertThat(ArticleView.isAppLocation("//evil.example/search")).isFalse();
        assertThat(ArticleView.isAppLocation("https://evil.example")).isFalse();
        assertThat(ArticleView.isAppLocation("/search?q=x")).isFalse();
        assertThat(ArticleView.isAppLocation("search?q=x\" onmouseover=\"alert(1)")).isFalse();
    }
}
