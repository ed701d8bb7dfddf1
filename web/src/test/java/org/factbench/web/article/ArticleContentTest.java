package org.factbench.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.factbench.core.corpus.ArticleText;
import org.junit.jupiter.api.Test;

/** Unit test of how one article version is laid out; rendering inside the app is covered by ArticleViewTest. */
class ArticleContentTest {

    @Test
    void only_http_addresses_become_links() {
        assertThat(anchors(article("javascript:alert(1)"))).isEmpty();
        assertThat(anchors(article("data:text/html,<script>alert(1)</script>"))).isEmpty();
        assertThat(anchors(article("https://example.org/news/1"))).singleElement()
                .satisfies(anchor -> assertThat(anchor.getHref()).isEqualTo("https://example.org/news/1"));
    }

    @Test
    void missing_title_and_date_are_said_in_words() {
        ArticleText untitled = new ArticleText("a1", 2, null, " ", "Azernews", List.of("Vugar Khalilov"), null, "en",
                "Body.", "hash", Instant.EPOCH);

        String text = new ArticleContent(untitled, Optional.empty()).getElement().getTextRecursively();

        assertThat(text).contains("Untitled article", "Azernews", "by Vugar Khalilov", "date unknown", "version 2");
    }

    private static ArticleText article(String url) {
        return new ArticleText("a1", 1, url, "Title", "Outlet", List.of(), OffsetDateTime.of(2021, 12, 25, 0, 0, 0, 0,
                ZoneOffset.UTC), "en", "Body text.", "hash", Instant.EPOCH);
    }

    private static List<Anchor> anchors(ArticleText article) {
        return descendants(new ArticleContent(article, Optional.empty())).filter(Anchor.class::isInstance)
                .map(Anchor.class::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ArticleContentTest::descendants));
    }
}
