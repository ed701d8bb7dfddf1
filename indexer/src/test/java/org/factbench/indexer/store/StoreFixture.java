package org.factbench.indexer.store;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.factbench.indexer.claims.ElasticsearchClaimIndex;
import org.factbench.indexer.ingest.ArticleLoader;
import org.factbench.indexer.ingest.IngestSettings;
import org.factbench.indexer.ingest.LoadOptions;
import org.factbench.indexer.ingest.LoadSummary;
import org.factbench.indexer.ingest.ProgressListener;
import org.factbench.indexer.parse.FormatDetectingCorpusReader;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.schema.SchemaSettings;
import org.factbench.indexer.search.ElasticsearchSourceCorpus;
import org.factbench.indexer.segment.Segmenter;
import org.factbench.indexer.segment.TextSegmenter;
import org.factbench.indexer.testing.TestElasticsearch;

/**
 * The corpus store of one test class on the shared test node: its own prefix for every index, alias and
 * template, removed again by {@link #close()}.
 */
public final class StoreFixture implements AutoCloseable {

    public final ElasticsearchClient client = TestElasticsearch.client();
    public final IndexNames names = new IndexNames(TestElasticsearch.uniqueName("t") + "-");
    public final SchemaManager schema = new SchemaManager(client, names, SchemaSettings.DEFAULT);
    public final ArticleLoader loader;
    public final ElasticsearchSourceCorpus corpus = new ElasticsearchSourceCorpus(client, names);
    public final ElasticsearchClaimIndex claims = new ElasticsearchClaimIndex(client, names);

    public StoreFixture() {
        this(new TextSegmenter());
    }

    public StoreFixture(Segmenter segmenter) {
        loader = new ArticleLoader(client, schema, new FormatDetectingCorpusReader(), segmenter,
                IngestSettings.DEFAULT, Clock.systemUTC());
        schema.ensure();
    }

    public LoadSummary load(Path... paths) {
        return loader.load(List.of(paths), ReadOptions.defaults(), LoadOptions.SMALL, ProgressListener.NONE);
    }

    public LoadSummary bulkLoad(Path... paths) {
        return loader.load(List.of(paths), ReadOptions.defaults(), LoadOptions.BULK, ProgressListener.NONE);
    }

    public long count(String alias) {
        try {
            client.indices().refresh(r -> r.index(alias));
            return client.count(c -> c.index(alias)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a text file with front matter (title, outlet, published, language when given). */
    public static Path article(Path dir, String name, String title, String outlet, String published, String language,
                               String body) {
        return article(dir, name, null, title, outlet, published, language, body);
    }

    /** As above, with a URL that identifies the article across changes. */
    public static Path article(Path dir, String name, String url, String title, String outlet, String published,
                               String language, String body) {
        StringBuilder text = new StringBuilder("---\n");
        if (url != null) {
            text.append("url: ").append(url).append('\n');
        }
        if (title != null) {
            text.append("title: ").append(title).append('\n');
        }
        if (outlet != null) {
            text.append("outlet: ").append(outlet).append('\n');
        }
        if (published != null) {
            text.append("published: ").append(published).append('\n');
        }
        if (language != null) {
            text.append("language: ").append(language).append('\n');
        }
        text.append("---\n").append(body).append('\n');
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        List<String> indices = List.copyOf(client.indices().get(g -> g.index(names.prefix() + "*")
                .allowNoIndices(true).ignoreUnavailable(true)).indices().keySet());
        if (!indices.isEmpty()) {
            client.indices().delete(d -> d.index(indices));
        }
        for (IndexNames.Kind kind : IndexNames.Kind.values()) {
            client.indices().deleteIndexTemplate(d -> d.name(names.template(kind)));
        }
        client.cluster().deleteComponentTemplate(d -> d.name(names.analysisComponent()));
    }
}
