package org.factbench.indexer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.testing.GeneratedText;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @Test
    void urlsAreCanonicalized() {
        assertThat(ArticleIdentity.canonicalUrl("HTTPS://News.Example:443/a/b/?utm_source=x&id=3#top"))
                .isEqualTo("https://news.example/a/b?id=3");
        assertThat(ArticleIdentity.canonicalUrl("http://news.example")).isEqualTo("http://news.example/");
        assertThat(ArticleIdentity.canonicalUrl("not a url")).isNull();
        assertThat(ArticleIdentity.canonicalUrl(null)).isNull();
    }

    @Test
    void theSamePageIsTheSameArticleAndAChangeChangesOnlyTheContentHash() {
        ArticleIdentity first = ArticleIdentity.of(article("https://news.example/x?utm_medium=rss", "Text one."));
        ArticleIdentity changed = ArticleIdentity.of(article("https://news.example/x", "Text two."));

        assertThat(changed.articleId()).isEqualTo(first.articleId());
        assertThat(changed.contentHash()).isNotEqualTo(first.contentHash());
    }

    @Test
    void withoutAUrlTheTextAndMetadataIdentifyTheArticle() {
        ArticleIdentity a = ArticleIdentity.of(article(null, "Same text."));
        ArticleIdentity again = ArticleIdentity.of(article(null, "Same text."));
        ArticleIdentity other = ArticleIdentity.of(article(null, "Other text."));
        ArticleIdentity resent = ArticleIdentity.of(new ParsedArticle("test", null, "Title", "Outlet",
                List.of("A. Writer"), OffsetDateTime.parse("2024-01-02T10:00:00Z"), "en", "Same text.", List.of()));

        assertThat(a).isEqualTo(again);
        assertThat(a.articleId()).isNotEqualTo(other.articleId());
        // the same wire text sent again a day later is another article (linked as a near-duplicate when stored)
        assertThat(a.articleId()).isNotEqualTo(resent.articleId());
        assertThat(a.articleId()).hasSize(32).matches("[0-9a-f]+");
    }

    private static ParsedArticle article(String url, String body) {
        return new ParsedArticle("test", url, "Title", "Outlet", List.of("A. Writer"),
                OffsetDateTime.parse("2024-01-01T10:00:00Z"), "en", body, List.of());
    }

    @Test
    void normalizingIsLowerCaseWithWhitespaceRunsCollapsedAndStripped() {
        // The definition article ids were made with; ids must not change with the implementation.
        GeneratedText texts = new GeneratedText(" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00a0", "\u2028",
                "\u3000", "Word", "İ", "ß", "Ωμέγα", "Привет", "x", ".", "\uD83D\uDE00");
        for (int i = 0; i < 20_000; i++) {
            String generated = texts.next(12);
            assertThat(ArticleIdentity.normalize(generated)).as(generated)
                    .isEqualTo(generated.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        }
        assertThat(ArticleIdentity.normalize(null)).isEmpty();
    }
}
