package org.factbench.indexer.ingest;

import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.factbench.indexer.schema.ArticleDocument;
import org.factbench.indexer.schema.IndexNames;
import org.factbench.indexer.schema.PassageDocument;
import org.factbench.indexer.schema.PassageJson;

/**
 * Writing one version of one article, in two stages. First its passages (and, for a new version, a copy of the
 * version it replaces into {@code article-versions}); only when every one of them is acknowledged is the article
 * document written to {@code articles}. That document is the commit marker: search shows a passage only when
 * the article's current version is the passage's version, so a version whose passages are incomplete is never
 * shown, and a failure anywhere leaves the previous version in place. The loading thread drives the stages
 * ({@link LoadRun}); this class only records results, which arrive on listener threads.
 */
final class ArticleWrite implements BulkWriter.Unit {

    enum State { WRITING_PASSAGES, READY_FOR_ARTICLE, WRITING_ARTICLE, COMMITTED, FAILED }

    /** What the article replaces, when it is a new version of a stored one. */
    record Previous(ArticleDocument article, long seqNo, long primaryTerm) {
    }

    private final String source;
    private final ArticleDocument article;
    private final Previous previous;
    private final IndexNames names;
    private final Consumer<ArticleWrite> onSettled;
    private final List<String> writtenPassages = new ArrayList<>();
    private State state = State.WRITING_PASSAGES;
    private int outstanding;
    private String failure;
    private boolean failedAtArticle;

    ArticleWrite(String source, ArticleDocument article, Previous previous, IndexNames names,
                 Consumer<ArticleWrite> onSettled) {
        this.source = source;
        this.article = article;
        this.previous = previous;
        this.names = names;
        this.onSettled = onSettled;
    }

    String source() {
        return source;
    }

    ArticleDocument article() {
        return article;
    }

    Previous previous() {
        return previous;
    }

    synchronized State state() {
        return state;
    }

    synchronized String failure() {
        return failure;
    }

    synchronized boolean failedAtArticle() {
        return failedAtArticle;
    }

    synchronized List<String> writtenPassages() {
        return List.copyOf(writtenPassages);
    }

    /** Stage one. Called on the loading thread. */
    void writePassages(BulkWriter writer, List<PassageDocument> passages) {
        List<BulkOperation> operations = new ArrayList<>(passages.size() + 1);
        if (previous != null) {
            ArticleDocument old = previous.article();
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(names.articleVersions())
                    .id(ArticleDocument.versionId(old.articleId(), old.version())).document(old))));
        }
        List<BinaryData> json = PassageJson.of(passages);
        for (int p = 0; p < passages.size(); p++) {
            String id = passages.get(p).id();
            BinaryData document = json.get(p);
            operations.add(BulkOperation.of(b -> b.index(i -> i.index(names.passages()).id(id).document(document))));
        }
        synchronized (this) {
            outstanding = operations.size();
            if (outstanding == 0) {
                state = State.READY_FOR_ARTICLE;
            }
        }
        if (operations.isEmpty()) {
            onSettled.accept(this);
            return;
        }
        for (BulkOperation operation : operations) {
            writer.add(operation, this);
        }
    }

    /** Stage two, the commit. Called on the loading thread once every passage is stored. */
    void writeArticle(BulkWriter writer) {
        synchronized (this) {
            state = State.WRITING_ARTICLE;
            outstanding = 1;
        }
        BulkOperation operation = previous == null
                // create: if another load stored this article meanwhile, fail instead of overwriting it
                ? BulkOperation.of(b -> b.create(c -> c.index(names.articles()).id(article.articleId()).document(article)))
                // optimistic concurrency: replace exactly the version this load read
                : BulkOperation.of(b -> b.index(i -> i.index(names.articles()).id(article.articleId()).document(article)
                        .ifSeqNo(previous.seqNo()).ifPrimaryTerm(previous.primaryTerm())));
        writer.add(operation, this);
    }

    /** Gives up before the commit (called on the loading thread when nothing of this write is in flight). */
    synchronized void abort(String reason) {
        failure = reason;
        state = State.FAILED;
    }

    @Override
    public void succeeded(BulkOperation operation, BulkResponseItem item) {
        boolean settled;
        synchronized (this) {
            if (state == State.WRITING_PASSAGES && operation.isIndex()
                    && names.passages().equals(operation.index().index())) {
                writtenPassages.add(item.id());
            }
            settled = --outstanding == 0;
            if (settled) {
                settle();
            }
        }
        if (settled) {
            onSettled.accept(this);
        }
    }

    @Override
    public void failed(BulkOperation operation, String reason) {
        boolean settled;
        synchronized (this) {
            if (failure == null) {
                failure = describe(operation) + ": " + reason;
                failedAtArticle = state == State.WRITING_ARTICLE;
            }
            settled = --outstanding == 0;
            if (settled) {
                settle();
            }
        }
        if (settled) {
            onSettled.accept(this);
        }
    }

    private void settle() {
        if (failure != null) {
            state = State.FAILED;
        } else if (state == State.WRITING_PASSAGES) {
            state = State.READY_FOR_ARTICLE;
        } else if (state == State.WRITING_ARTICLE) {
            state = State.COMMITTED;
        }
    }

    private String describe(BulkOperation operation) {
        if (operation.isIndex() && names.passages().equals(operation.index().index())) {
            return "passage " + operation.index().id() + " was rejected";
        }
        if (operation.isIndex() && names.articleVersions().equals(operation.index().index())) {
            return "archiving version " + previous.article().version() + " was rejected";
        }
        return "the article document was rejected";
    }
}
