package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.factbench.core.corpus.ArticleRevised;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.indexer.parse.CorpusReader;
import org.factbench.indexer.parse.ParseResult;
import org.factbench.indexer.parse.ParsedArticle;
import org.factbench.indexer.parse.ReadOptions;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.RefreshSuspension;
import org.factbench.indexer.schema.SchemaManager;
import org.factbench.indexer.segment.Segmenter;

/**
 * Loads files and directories into the corpus: read, segment, store each article with its passages atomically,
 * report. The same pipeline serves the CLI, uploads in the web app and the sample corpus. Safe to call from
 * several threads; every call is an independent load. The indices must exist ({@link SchemaManager#ensure()}).
 */
public class ArticleLoader {

    private final ElasticsearchClient client;
    private final SchemaManager schema;
    private final CorpusReader reader;
    private final Segmenter segmenter;
    private final DocumentFactory documents;
    private final IngestSettings settings;
    private final Consumer<ArticleRevised> revisions;

    public ArticleLoader(ElasticsearchClient client, SchemaManager schema, CorpusReader reader, Segmenter segmenter,
                         IngestSettings settings, Clock clock) {
        this(client, schema, reader, segmenter, settings, clock, revised -> {
        });
    }

    /**
     * @param revisions told of every article stored as a new version, once it is committed: in the application
     *                  this publishes core's {@link ArticleRevised}, so evidence is re-anchored into the new version
     */
    public ArticleLoader(ElasticsearchClient client, SchemaManager schema, CorpusReader reader, Segmenter segmenter,
                         IngestSettings settings, Clock clock, Consumer<ArticleRevised> revisions) {
        this.revisions = revisions;
        this.client = client;
        this.schema = schema;
        this.reader = reader;
        this.segmenter = segmenter;
        this.documents = new DocumentFactory(segmenter, clock);
        this.settings = settings;
    }

    /** A small load (refresh stays on): an upload, a handful of files. */
    public LoadSummary load(List<Path> paths, ReadOptions options, ProgressListener listener) {
        return load(paths, options, LoadOptions.SMALL, listener);
    }

    /**
     * Loads everything under {@code paths}. Bad inputs and rejected articles are reported in the summary and the
     * load goes on; an article is stored with all of its passages or not at all.
     *
     * @throws CorpusUnavailableException when Elasticsearch cannot be reached at the start
     */
    public LoadSummary load(List<Path> paths, ReadOptions options, LoadOptions loadOptions, ProgressListener listener) {
        return load(paths, options, loadOptions, listener, UnaryOperator.identity());
    }

    /**
     * Loads the files under a classpath location (a folder in the application jar or on the class path), e.g. the
     * sample corpus. Sources are reported as {@code classpath:<location>/<file>}.
     */
    public LoadSummary loadResources(String location, ReadOptions options, ProgressListener listener) {
        try (ClasspathFolder folder = ClasspathFolder.copy(location)) {
            String root = folder.directory().toString();
            return load(List.of(folder.directory()), options, LoadOptions.SMALL, listener,
                    source -> source.startsWith(root) ? "classpath:" + location + source.substring(root.length()) : source);
        }
    }

    private LoadSummary load(List<Path> paths, ReadOptions options, LoadOptions loadOptions, ProgressListener listener,
                             UnaryOperator<String> sourceName) {
        IndexNames names = schema.names();
        checkReachable(names);
        RefreshSuspension suspension = loadOptions.bulkMode() ? schema.suspendRefresh() : null;
        try (BulkWriter writer = new BulkWriter(client, settings);
             Preparation preparation = new Preparation(paths, options, sourceName)) {
            LoadRun run = new LoadRun(client, names, documents, settings, !loadOptions.bulkMode(), writer, listener,
                    revisions);
            preparation.forEach(run);
            run.waitedForInput(preparation.waited());
            LoadSummary summary = run.finish();
            if (suspension == null) {
                // Passages were refreshed before each commit; make the articles countable and listable right away too.
                refresh(names);
            }
            return summary;
        } finally {
            if (suspension != null) {
                suspension.close();
            }
        }
    }

    /**
     * Reading and parsing on a thread of their own, language detection and segmenting on a small pool, ahead of the
     * loading thread by at most {@link #AHEAD_BATCHES} lookup batches: the CPU work overlaps with the waits for
     * Elasticsearch, memory stays bounded, and the loading thread still sees the articles in input order (a later
     * text of the same URL is the newer version).
     */
    private final class Preparation implements AutoCloseable {

        /**
         * How far preparation may run ahead. While the loading thread waits for bulk capacity the workers fill this
         * buffer and then idle: with two batches (1,000 articles) the benchmark's load with language detection and
         * one core for the indexer took 37.7 s, with four 34.2 s (one run each).
         */
        private static final int AHEAD_BATCHES = 4;
        private static final PreparedArticle.Item END = new PreparedArticle.Failed("", "");

        private final BlockingQueue<Future<PreparedArticle.Item>> queue =
                new ArrayBlockingQueue<>(AHEAD_BATCHES * settings.lookupBatch());
        private final ExecutorService workers;
        private final Thread thread;
        private volatile Throwable failure;
        private long waitedNanos;

        Preparation(List<Path> paths, ReadOptions options, UnaryOperator<String> sourceName) {
            workers = Executors.newFixedThreadPool(settings.preparationThreads(), runnable -> {
                Thread worker = new Thread(runnable, "factbench-segmenter");
                worker.setDaemon(true);
                return worker;
            });
            thread = new Thread(() -> {
                try {
                    // Language detection runs on the workers too: on this thread it would pace the whole load.
                    reader.readLeavingLanguagesUndetected(paths, options, result -> put(workers.submit(
                            () -> PreparedArticle.prepare(renamed(result, sourceName), reader::detectLanguage, segmenter))));
                } catch (Throwable e) {
                    failure = e;
                } finally {
                    put(CompletableFuture.completedFuture(END));
                }
            }, "factbench-reader");
            thread.setDaemon(true);
            thread.start();
        }

        void forEach(java.util.function.Consumer<PreparedArticle.Item> consumer) {
            try {
                while (true) {
                    long start = System.nanoTime();
                    PreparedArticle.Item item = queue.take().get();
                    waitedNanos += System.nanoTime() - start;
                    if (item == END) {
                        break;
                    }
                    consumer.accept(item);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while loading", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Preparing an article failed: " + e.getCause(), e.getCause());
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException("Reading the input failed: " + failure, failure);
            }
        }

        java.time.Duration waited() {
            return java.time.Duration.ofNanos(waitedNanos);
        }

        private void put(Future<PreparedArticle.Item> item) {
            try {
                queue.put(item);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Loading was stopped", e);
            }
        }

        /** Stops reading and segmenting when the load ends early (Elasticsearch went away, an error). */
        @Override
        public void close() {
            if (thread.isAlive()) {
                thread.interrupt();
                queue.clear();
            }
            workers.shutdownNow();
        }
    }

    private static ParseResult renamed(ParseResult result, UnaryOperator<String> sourceName) {
        return switch (result) {
            case ParseResult.Failed f -> new ParseResult.Failed(sourceName.apply(f.source()), f.reason());
            case ParseResult.Noted n -> new ParseResult.Noted(sourceName.apply(n.source()), n.note());
            case ParseResult.Parsed p -> {
                ParsedArticle a = p.article();
                String source = sourceName.apply(a.source());
                yield source.equals(a.source()) ? p : new ParseResult.Parsed(a.withSource(source));
            }
        };
    }

    private void refresh(IndexNames names) {
        try {
            client.indices().refresh(r -> r.index(names.articles(), names.articleVersions()));
        } catch (java.io.IOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            throw new CorpusUnavailableException("The load finished but Elasticsearch could not refresh: " + e.getMessage(), e);
        }
    }

    private void checkReachable(IndexNames names) {
        try {
            if (!client.indices().existsAlias(e -> e.name(names.articles())).value()) {
                throw new CorpusUnavailableException("The corpus indices do not exist yet: set them up first "
                        + "(SchemaManager.ensure(), done by the application and the CLI at start)", null);
            }
        } catch (java.io.IOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            throw new CorpusUnavailableException("Elasticsearch cannot be reached: " + e.getMessage(), e);
        }
    }
}
