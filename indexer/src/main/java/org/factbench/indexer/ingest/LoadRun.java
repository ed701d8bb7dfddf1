package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.factbench.core.corpus.ArticleRevised;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.ArticleRef;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.PassageDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One load: receives parse results on the reader's thread, looks up existing versions and near-duplicates a
 * batch at a time, and drives each {@link ArticleWrite} through its stages. Everything but the listener
 * callbacks runs on that one thread, so the state here needs no locks; results come back through a queue.
 */
final class LoadRun implements Consumer<PreparedArticle.Item> {

    private static final Logger log = LoggerFactory.getLogger(LoadRun.class);

    private record Stored(ArticleDocument article, long seqNo, long primaryTerm) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final DocumentFactory documents;
    private final IngestSettings settings;
    private final boolean refreshBeforeCommit;
    private final BulkWriter writer;
    private final ProgressListener listener;
    private final NearDuplicates nearDuplicates;
    private final Cleanup cleanup = new Cleanup();
    private final long startNanos = System.nanoTime();

    private final List<PreparedArticle> batch = new ArrayList<>();
    private final Deque<PreparedArticle> carried = new ArrayDeque<>();
    private final Map<String, ArticleWrite> pending = new HashMap<>();
    private final ConcurrentLinkedQueue<ArticleWrite> settled = new ConcurrentLinkedQueue<>();

    private long read;
    private long created;
    private long updated;
    private long unchanged;
    private long duplicates;
    private long failedCount;
    private long passages;
    private final List<LoadSummary.Failure> failures = new ArrayList<>();
    private final List<LoadSummary.Note> notes = new ArrayList<>();
    /** What the current batch is doing, for the message when it fails. */
    private String step = "";
    private long lookupNanos;
    private Duration waitedForInput = Duration.ZERO;
    private final Consumer<ArticleRevised> revisions;

    /**
     * @param refreshBeforeCommit refresh passages before writing article documents, so that with periodic refresh on
     *                            a committed version's passages are all searchable at once; off in bulk mode, where
     *                            nothing is searchable before the final refresh anyway
     */
    LoadRun(ElasticsearchClient client, IndexNames names, DocumentFactory documents, IngestSettings settings,
            boolean refreshBeforeCommit, BulkWriter writer, ProgressListener listener, Consumer<ArticleRevised> revisions) {
        this.revisions = revisions;
        this.client = client;
        this.names = names;
        this.documents = documents;
        this.settings = settings;
        this.refreshBeforeCommit = refreshBeforeCommit;
        this.writer = writer;
        this.listener = listener;
        this.nearDuplicates = new NearDuplicates(client, names.articles(), settings.nearDuplicateThreshold());
    }

    @Override
    public void accept(PreparedArticle.Item item) {
        switch (item) {
            // A remark about an input is not an input read.
            case PreparedArticle.Noted n -> note(n.source(), n.note());
            case PreparedArticle.Failed f -> {
                read++;
                fail(f.source(), f.reason());
            }
            case PreparedArticle.Ready r -> {
                read++;
                batch.add(r.article());
                if (batch.size() >= settings.lookupBatch()) {
                    processBatch();
                }
            }
        }
    }

    /** Writes what is left and waits until every article is committed or reported failed. */
    LoadSummary finish() {
        while (!batch.isEmpty() || !carried.isEmpty()) {
            processBatch();
        }
        while (!pending.isEmpty() || writer.outstanding() > 0) {
            writer.pump(50);
            handleSettled();
        }
        if (cleanup.failed() > 0) {
            notes.add(new LoadSummary.Note("cleanup", cleanup.failed()
                    + " passage(s) of failed or replaced versions could not be deleted; search does not show them"));
        }
        reportProgress();
        return new LoadSummary(read, created, updated, unchanged, duplicates, failures, failedCount, passages, notes,
                elapsed(), new LoadSummary.Waits(waitedForInput, writer.blocked(), Duration.ofNanos(lookupNanos)));
    }

    /** Time spent waiting for prepared articles, measured by whoever feeds this run. */
    void waitedForInput(Duration waited) {
        waitedForInput = waited;
    }

    private void processBatch() {
        List<PreparedArticle> work = new ArrayList<>(carried);
        carried.clear();
        work.addAll(batch);
        batch.clear();
        step = "looking up the stored versions";
        try {
            handleSettled();
            write(work);
        } catch (IOException | RuntimeException e) {
            log.warn("A batch of {} articles could not be stored ({})", work.size(), step, e);
            String reason = reason(step, e);
            for (PreparedArticle article : work) {
                if (!pending.containsKey(article.id())) {
                    nearDuplicates.forget(article.id());
                }
                fail(article.article().source(), reason);
            }
        }
        reportProgress();
    }

    private void write(List<PreparedArticle> work) throws IOException {
        Map<String, PreparedArticle> candidates = new LinkedHashMap<>();
        long same = 0;
        for (PreparedArticle article : work) {
            PreparedArticle earlier = candidates.get(article.id());
            if (earlier == null) {
                candidates.put(article.id(), article);
            } else if (earlier.identity().contentHash().equals(article.identity().contentHash())) {
                same++;
            } else {
                // A changed copy of an article that is in this batch: it becomes the next version, next batch.
                carried.add(article);
            }
        }
        step = "waiting for earlier versions of the same articles";
        same += awaitChangedInFlight(candidates);
        step = "looking up the stored versions";
        long lookupStart = System.nanoTime();
        Map<String, ArticleRef> stored = lookUp(candidates.keySet());
        List<NearDuplicates.Probe> probes = new ArrayList<>();
        for (PreparedArticle candidate : List.copyOf(candidates.values())) {
            ArticleRef existing = stored.get(candidate.id());
            if (existing != null && existing.hasHadContent(candidate.identity().contentHash())) {
                same++;
                candidates.remove(candidate.id());
                continue;
            }
            probes.add(new NearDuplicates.Probe(candidate.id(), candidate.signature(), candidate.bands()));
        }
        step = "reading the previous versions";
        Map<String, Stored> previousVersions = fullSources(candidates.keySet(), stored);
        step = "looking for near-duplicates";
        Map<String, NearDuplicates.Match> matches = nearDuplicates.find(probes);
        lookupNanos += System.nanoTime() - lookupStart;
        // Nothing below talks to Elasticsearch synchronously: from here on every article is counted exactly once.
        unchanged += same;
        for (PreparedArticle candidate : candidates.values()) {
            try {
                start(candidate, previousVersions.get(candidate.id()), matches.get(candidate.id()));
            } catch (RuntimeException e) {
                // A bug of ours on one article: that article is reported with the cause, the others go on.
                log.error("Could not start storing {}", candidate.article().source(), e);
                pending.remove(candidate.id());
                nearDuplicates.forget(candidate.id());
                fail(candidate.article().source(), reason("building the documents to store", e));
            }
        }
        step = "writing";
        handleSettled();
    }

    /**
     * What a user reads when a step failed: only a failure to reach the cluster says Elasticsearch is unavailable;
     * an error the cluster answered, or one of our own, names the step and the cause.
     */
    static String reason(String step, Exception e) {
        String cause = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof LookupFailure) {
            return "Elasticsearch could not complete " + step + ": " + cause;
        }
        if (e instanceof IOException) {
            return "Elasticsearch is unavailable (" + step + "): " + cause;
        }
        if (e instanceof ElasticsearchException) {
            return "Elasticsearch refused " + step + ": " + cause;
        }
        return "internal error while " + step + " (" + e.getClass().getSimpleName() + ": " + cause
                + "); the article was not stored, the details are in the log";
    }

    /** A lookup the cluster answered with an error for one document: the cluster was reached. */
    private static final class LookupFailure extends RuntimeException {
        LookupFailure(String message) {
            super(message);
        }
    }

    private void start(PreparedArticle candidate, Stored previous, NearDuplicates.Match duplicate) {
        int version = previous == null ? 1 : previous.article().version() + 1;
        List<String> earlier = previous == null ? List.of() : previousHashes(previous.article());
        DocumentFactory.VersionDocuments docs = documents.create(candidate, version, duplicate, earlier);
        ArticleWrite write = new ArticleWrite(candidate.article().source(), docs.article(),
                previous == null ? null : new ArticleWrite.Previous(previous.article(), previous.seqNo(), previous.primaryTerm()),
                names, settled::add);
        pending.put(docs.article().articleId(), write);
        for (String note : candidate.article().notes()) {
            note(candidate.article().source(), note);
        }
        write.writePassages(writer, docs.passages());
    }

    /** Moves settled writes on: commits those whose passages are stored, counts and cleans up the rest. */
    private void handleSettled() {
        List<ArticleWrite> ready = new ArrayList<>();
        ArticleWrite write;
        while ((write = settled.poll()) != null) {
            switch (write.state()) {
                case READY_FOR_ARTICLE -> ready.add(write);
                case COMMITTED -> committed(write);
                case FAILED -> failed(write);
                default -> throw new IllegalStateException("settled in state " + write.state());
            }
        }
        if (ready.isEmpty()) {
            return;
        }
        if (refreshBeforeCommit) {
            try {
                client.indices().refresh(r -> r.index(names.passages()));
            } catch (IOException | RuntimeException e) {
                for (ArticleWrite w : ready) {
                    w.abort("could not make the passages searchable before committing: " + e.getMessage());
                    failed(w);
                }
                return;
            }
        }
        for (ArticleWrite w : ready) {
            w.writeArticle(writer);
        }
    }

    private void committed(ArticleWrite write) {
        ArticleDocument article = write.article();
        pending.remove(article.articleId());
        nearDuplicates.committed(article.articleId());
        if (write.previous() == null) {
            created++;
        } else {
            updated++;
            ArticleDocument old = write.previous().article();
            cleanup.delete(writer, names.passages(), passageIds(old));
            revisions.accept(new ArticleRevised(article.articleId(), article.version()));
        }
        if (article.duplicateOf() != null) {
            duplicates++;
        }
        passages += article.passageCount();
    }

    private void failed(ArticleWrite write) {
        ArticleDocument article = write.article();
        pending.remove(article.articleId());
        nearDuplicates.forget(article.articleId());
        if (!write.failedAtArticle() || !committedByOther(article)) {
            cleanup.delete(writer, names.passages(), write.writtenPassages());
        }
        fail(write.source(), write.failure());
    }

    /** After a conflict on the article document: did another load commit this very version meanwhile? */
    private boolean committedByOther(ArticleDocument article) {
        try {
            var head = client.get(g -> g.index(names.articles()).id(article.articleId())
                    .sourceIncludes("version", "contentHash"), ArticleRef.class);
            return head.found() && head.source() != null && head.source().versionOrZero() == article.version();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Drops candidates identical to an article being written; returns how many. */
    private long awaitChangedInFlight(Map<String, PreparedArticle> candidates) {
        long same = 0;
        for (PreparedArticle candidate : List.copyOf(candidates.values())) {
            ArticleWrite inFlight = pending.get(candidate.id());
            if (inFlight != null && inFlight.article().versionHashes().contains(candidate.identity().contentHash())) {
                same++;
                candidates.remove(candidate.id());
            }
        }
        // A changed article whose previous version is still being written: wait, so versions stay in order.
        while (candidates.keySet().stream().anyMatch(pending::containsKey)) {
            writer.pump(50);
            handleSettled();
        }
        return same;
    }

    /** The current version of each id that is stored: a real-time read, so it sees what this load committed. */
    private Map<String, ArticleRef> lookUp(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        MgetResponse<ArticleRef> response = client.mget(m -> m.index(names.articles()).ids(List.copyOf(ids))
                .sourceIncludes("articleId", "version", "contentHash", "passageCount", "versionHashes"), ArticleRef.class);
        Map<String, ArticleRef> found = new HashMap<>();
        for (MultiGetResponseItem<ArticleRef> item : response.docs()) {
            GetResult<ArticleRef> result = result(item);
            if (result.found() && result.source() != null) {
                found.put(result.id(), result.source());
            }
        }
        return found;
    }

    /** The full current version of the candidates that change a stored article, to archive it. */
    private Map<String, Stored> fullSources(Collection<String> ids, Map<String, ArticleRef> stored) throws IOException {
        List<String> changed = ids.stream().filter(stored::containsKey).toList();
        if (changed.isEmpty()) {
            return Map.of();
        }
        MgetResponse<ArticleDocument> response = client.mget(m -> m.index(names.articles()).ids(changed),
                ArticleDocument.class);
        Map<String, Stored> found = new HashMap<>();
        for (MultiGetResponseItem<ArticleDocument> item : response.docs()) {
            GetResult<ArticleDocument> result = result(item);
            if (result.found() && result.source() != null) {
                found.put(result.id(), new Stored(result.source(),
                        result.seqNo() == null ? -1 : result.seqNo(),
                        result.primaryTerm() == null ? -1 : result.primaryTerm()));
            }
        }
        return found;
    }

    private static <T> GetResult<T> result(MultiGetResponseItem<T> item) throws IOException {
        if (item.isFailure()) {
            throw new LookupFailure("lookup of " + item.failure().id() + " failed: " + item.failure().error().reason());
        }
        return item.result();
    }

    /** Hashes of every version up to {@code current}, also for articles stored before the list existed. */
    private static List<String> previousHashes(ArticleDocument current) {
        List<String> hashes = new ArrayList<>(current.versionHashes());
        if (!hashes.contains(current.contentHash())) {
            hashes.add(current.contentHash());
        }
        return hashes;
    }

    static List<String> passageIds(ArticleDocument article) {
        return IntStream.range(0, article.passageCount())
                .mapToObj(i -> PassageDocument.id(article.articleId(), article.version(), i))
                .toList();
    }

    private void fail(String source, String reason) {
        failedCount++;
        LoadSummary.Failure failure = new LoadSummary.Failure(source, reason);
        if (failures.size() < LoadSummary.MAX_LISTED_FAILURES) {
            failures.add(failure);
        }
        listener.failed(failure);
    }

    private void note(String source, String note) {
        if (notes.size() < LoadSummary.MAX_LISTED_FAILURES) {
            notes.add(new LoadSummary.Note(source, note));
        }
    }

    private void reportProgress() {
        listener.progress(new LoadProgress(read, created, updated, unchanged, duplicates, failedCount, passages,
                elapsed()));
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
