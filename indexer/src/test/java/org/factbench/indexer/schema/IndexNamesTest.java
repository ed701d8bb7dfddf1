package org.factbench.indexer.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factbench.indexer.schema.IndexNames.Kind;
import org.junit.jupiter.api.Test;

class IndexNamesTest {

    @Test
    void aliasesIndicesAndPatternsFollowThePrefix() {
        IndexNames names = new IndexNames("test-");

        assertThat(names.passages()).isEqualTo("test-passages");
        assertThat(names.index(Kind.ARTICLE_VERSIONS, 12)).isEqualTo("test-article-versions-000012");
        assertThat(names.generationOf(Kind.ARTICLE_VERSIONS, "test-article-versions-000012")).isEqualTo(12);
        assertThat(names.generationOf(Kind.ARTICLES, "test-article-versions-000012")).isEqualTo(-1);
        assertThat(IndexNames.DEFAULT.articles()).isEqualTo("articles");
    }

    @Test
    void thePatternOfOneKindDoesNotMatchAnother() {
        IndexNames names = IndexNames.DEFAULT;
        String articlesPattern = names.indexPattern(Kind.ARTICLES).replace("*", "");

        assertThat(names.index(Kind.ARTICLES, 1)).startsWith(articlesPattern);
        assertThat(names.index(Kind.ARTICLE_VERSIONS, 1)).doesNotStartWith(articlesPattern);
    }

    @Test
    void aPrefixThatIsNotAValidIndexNameIsRefused() {
        assertThatThrownBy(() -> new IndexNames("Bad Prefix")).isInstanceOf(IllegalArgumentException.class);
    }
}
