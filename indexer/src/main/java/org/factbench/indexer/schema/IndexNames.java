package org.factbench.indexer.schema;

import java.util.Locale;

/**
 * Names of the aliases, concrete indices and templates. Every concrete index is a numbered generation
 * ({@code articles-000003}) behind a stable alias ({@code articles}); readers and writers only ever use the
 * alias, so a rebuild can switch all of them at once. The prefix lets tests (and several installations on one
 * cluster) keep separate sets side by side.
 */
public record IndexNames(String prefix) {

    public static final IndexNames DEFAULT = new IndexNames("");

    public IndexNames {
        prefix = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
        if (!prefix.isEmpty() && !prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("index prefix must be lowercase letters, digits, '-' or '_': " + prefix);
        }
    }

    /** The four kinds of index the corpus keeps. */
    public enum Kind {
        /** The current version of every article (doc id = article id); the commit marker of a load. */
        ARTICLES("articles"),
        /** Superseded versions of articles (doc id = articleId:version), kept because evidence points into them. */
        ARTICLE_VERSIONS("article-versions"),
        /** Paragraphs and sentences of current article versions (doc id = articleId:version:ordinal). */
        PASSAGES("passages"),
        /** Claims, for claim matching. */
        CLAIMS("claims");

        private final String base;

        Kind(String base) {
            this.base = base;
        }

        public String base() {
            return base;
        }
    }

    public String alias(Kind kind) {
        return prefix + kind.base();
    }

    public String articles() {
        return alias(Kind.ARTICLES);
    }

    public String articleVersions() {
        return alias(Kind.ARTICLE_VERSIONS);
    }

    public String passages() {
        return alias(Kind.PASSAGES);
    }

    public String claims() {
        return alias(Kind.CLAIMS);
    }

    public String index(Kind kind, int generation) {
        return String.format(Locale.ROOT, "%s-%06d", alias(kind), generation);
    }

    /** Pattern matching every generation of one kind, and nothing of another kind or another prefix. */
    public String indexPattern(Kind kind) {
        return alias(kind) + "-0*";
    }

    public String template(Kind kind) {
        return "factbench-" + alias(kind);
    }

    public String analysisComponent() {
        return "factbench-" + prefix + "analysis";
    }

    /** The generation number of a concrete index name of this kind, or -1 when it is not one of ours. */
    public int generationOf(Kind kind, String indexName) {
        String head = alias(kind) + "-";
        if (!indexName.startsWith(head)) {
            return -1;
        }
        String number = indexName.substring(head.length());
        return number.matches("\\d{6,}") ? Integer.parseInt(number) : -1;
    }
}
