package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.ClaimDocument;
import org.factbench.indexer.schema.IndexNames.Kind;
import org.factbench.indexer.schema.RefreshSuspension;
import org.factbench.indexer.schema.SchemaException;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.segment.Segmenter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the corpus into a new generation of indices (current templates and analyzers, passages segmented
 * again from the stored bodies), then switches every alias at once and deletes the old generation. The old
 * indices are write-blocked while they are copied, so nothing written during the rebuild can be lost: such a
 * write fails and is reported by whoever made it. Any failure deletes the new generation and leaves the old one
 * serving, unblocked.
 */
public class IndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final int PAGE = 500;

    private final ElasticsearchClient client;
    private final SchemaManager schema;
    private final DocumentFactory documents;
    private final IngestSettings settings;

    public IndexRebuilder(ElasticsearchClient client, SchemaManager schema, Segmenter segmenter, IngestSettings settings,
                          Clock clock) {
        this.client = client;
        this.schema = schema;
        this.documents = new DocumentFactory(segmenter, clock);
        this.settings = settings;
    }

    public RebuildSummary rebuild(ProgressListener listener) {
        long start = System.nanoTime();
        Map<Kind, String> old = schema.liveIndices();
        int generation = schema.nextGeneration();
        Map<Kind, String> fresh = schema.createGeneration(generation);
        log.info("Rebuilding {} into {}", old.values(), fresh.values());
        List<String> oldIndices = List.copyOf(old.values());
        schema.setWriteBlock(oldIndices, true);
        boolean switched = false;
        try {
            Copy copy = new Copy(listener, start);
            try (RefreshSuspension ignored = schema.suspendRefresh(List.of(fresh.get(Kind.ARTICLES),
                    fresh.get(Kind.ARTICLE_VERSIONS), fresh.get(Kind.PASSAGES)));
                 BulkWriter writer = new BulkWriter(client, settings, false)) {
                copy.articles(writer, old.get(Kind.ARTICLES), fresh);
                copy.versions(writer, old.get(Kind.ARTICLE_VERSIONS), fresh.get(Kind.ARTICLE_VERSIONS));
                copy.claims(writer, old.get(Kind.CLAIMS), fresh.get(Kind.CLAIMS));
            }
            copy.throwIfFailed();
            verifyCounts(old, fresh);
            schema.switchTo(generation);
            switched = true;
            schema.deleteIndices(oldIndices);
            return new RebuildSummary(old, fresh, copy.articles.get(), copy.versions.get(), copy.passages.get(),
                    copy.claims.get(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException("The rebuild stopped: " + e.getMessage() + "; the old indices still serve", e);
        } finally {
            if (!switched) {
                schema.setWriteBlock(oldIndices, false);
                schema.deleteIndices(List.copyOf(fresh.values()));
            }
        }
    }

    private void verifyCounts(Map<Kind, String> old, Map<Kind, String> fresh) throws IOException {
        client.indices().refresh(r -> r.index(List.copyOf(fresh.values())));
        for (Kind kind : List.of(Kind.ARTICLES, Kind.ARTICLE_VERSIONS, Kind.CLAIMS)) {
            long before = client.count(c -> c.index(old.get(kind))).count();
            long after = client.count(c -> c.index(fresh.get(kind))).count();
            if (before != after) {
                throw new SchemaException("The rebuild copied " + after + " of " + before + " documents of "
                        + old.get(kind) + "; the old indices still serve");
            }
        }
    }

    /** The copy itself; fails as a whole on the first rejected document. */
    private final class Copy implements BulkWriter.Unit {

        private final ProgressListener listener;
        private final long start;
        private final AtomicLong articles = new AtomicLong();
        private final AtomicLong versions = new AtomicLong();
        private final AtomicLong passages = new AtomicLong();
        private final AtomicLong claims = new AtomicLong();
        private final AtomicReference<String> failure = new AtomicReference<>();

        Copy(ProgressListener listener, long start) {
            this.listener = listener;
            this.start = start;
        }

        void articles(BulkWriter writer, String from, Map<Kind, String> to) throws IOException {
            new PointInTimeReader(client, PAGE).forEachPage(from, ArticleDocument.class, page -> {
                for (Hit<ArticleDocument> hit : page) {
                    DocumentFactory.VersionDocuments docs = documents.passagesOf(hit.source());
                    for (var passage : docs.passages()) {
                        writer.add(BulkOperation.of(b -> b.index(i -> i.index(to.get(Kind.PASSAGES)).id(passage.id())
                                .document(passage))), this);
                    }
                    writer.add(BulkOperation.of(b -> b.index(i -> i.index(to.get(Kind.ARTICLES)).id(hit.id())
                            .document(docs.article()))), this);
                    articles.incrementAndGet();
                    passages.addAndGet(docs.passages().size());
                }
                report();
            });
        }

        void versions(BulkWriter writer, String from, String to) throws IOException {
            new PointInTimeReader(client, PAGE).forEachPage(from, ArticleDocument.class, page -> {
                for (Hit<ArticleDocument> hit : page) {
                    writer.add(BulkOperation.of(b -> b.index(i -> i.index(to).id(hit.id()).document(hit.source()))), this);
                    versions.incrementAndGet();
                }
                report();
            });
        }

        void claims(BulkWriter writer, String from, String to) throws IOException {
            new PointInTimeReader(client, PAGE).forEachPage(from, ClaimDocument.class, page -> {
                for (Hit<ClaimDocument> hit : page) {
                    writer.add(BulkOperation.of(b -> b.index(i -> i.index(to).id(hit.id()).document(hit.source()))), this);
                    claims.incrementAndGet();
                }
                report();
            });
        }

        void throwIfFailed() {
            if (failure.get() != null) {
                throw new SchemaException("The rebuild stopped: " + failure.get() + "; the old indices still serve");
            }
        }

        private void report() {
            long copied = articles.get() + versions.get() + claims.get();
            listener.progress(new LoadProgress(copied, articles.get(), versions.get(), 0, 0, failure.get() == null ? 0 : 1,
                    passages.get(), Duration.ofNanos(System.nanoTime() - start)));
        }

        @Override
        public void succeeded(BulkOperation operation, BulkResponseItem item) {
        }

        @Override
        public void failed(BulkOperation operation, String reason) {
            failure.compareAndSet(null, reason);
        }
    }
}
