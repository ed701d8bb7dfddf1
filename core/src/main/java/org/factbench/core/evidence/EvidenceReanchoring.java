package org.factbench.core.evidence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factbench.core.audit.ActivityLog;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.corpus.ArticleRevised;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.anchor.AnchorResult;
import org.factbench.core.evidence.anchor.AnchorState;
import org.factbench.core.evidence.anchor.Reanchoring;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.NotFoundException;
import org.factbench.core.user.UserAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves evidence into the newest version of its article. Links are processed in chunks, each in its own
 * transaction with its activity-log entries, so a pass over thousands of links never holds one huge
 * transaction and a crash loses at most the chunk in flight (the next pass resumes: {@code checkedVersion}).
 */
@Service
public class EvidenceReanchoring {

    private static final Logger log = LoggerFactory.getLogger(EvidenceReanchoring.class);
    private static final int ATTEMPTS_PER_CHUNK = 3;

    private final EvidenceLinkRepository links;
    private final SourceCorpus corpus;
    private final Reanchoring reanchoring;
    private final ChangeRecorder changes;
    private final TransactionTemplate transactions;
    private final int chunkSize;

    EvidenceReanchoring(EvidenceLinkRepository links, SourceCorpus corpus, Reanchoring reanchoring, ChangeRecorder changes,
            PlatformTransactionManager transactionManager, AnchoringProperties properties) {
        this.links = links;
        this.corpus = corpus;
        this.reanchoring = reanchoring;
        this.changes = changes;
        // Each chunk commits on its own, even when the corpus announces a revision from inside a transaction.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.chunkSize = properties.chunkSize();
    }

    /** Re-anchors every link of the article that is not yet checked against its newest version. */
    @PreAuthorize(Access.EDITOR)
    public ReanchorSummary reanchorArticle(String articleId) {
        return pass(articleId, changes.actor());
    }

    /**
     * The corpus stored a new version: re-anchor as the system, in the thread that announced it. A failure is
     * logged, not thrown into the indexer's batch; the links stay unchecked and the next pass picks them up.
     */
    @EventListener
    void onArticleRevised(ArticleRevised revised) {
        try {
            ReanchorSummary summary = pass(revised.articleId(), null);
            log.info("Re-anchored evidence of article {} into version {}: {}", revised.articleId(), revised.version(), summary);
        } catch (RuntimeException e) {
            log.warn("Evidence of article {} not re-anchored into version {} ({}); run the re-anchoring again",
                    revised.articleId(), revised.version(), e.toString());
        }
    }

    /** A pass as the system, for revisions found without an event (see {@link EvidenceCatchUp}). */
    ReanchorSummary reanchorAsSystem(String articleId) {
        return pass(articleId, null);
    }

    private ReanchorSummary pass(String articleId, UserAccount actor) {
        ArticleText article = corpus.latest(articleId).orElseThrow(() -> new NotFoundException("Article", articleId));
        ReanchorSummary total = ReanchorSummary.start(articleId, article.version());
        OldBodies oldBodies = new OldBodies(corpus, articleId);
        long afterId = 0;
        while (true) {
            Chunk chunk = chunkWithRetry(article, oldBodies, afterId, actor);
            if (chunk.summary().examined() == 0) return total;
            total = total.plus(chunk.summary());
            afterId = chunk.lastId();
        }
    }

    private Chunk chunkWithRetry(ArticleText article, OldBodies oldBodies, long afterId, UserAccount actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> chunk(article, oldBodies, afterId, actor));
            } catch (OptimisticLockingFailureException e) {
                // A checker edited a link of this chunk meanwhile; the chunk rolled back, so read it again.
                if (attempt == ATTEMPTS_PER_CHUNK) throw e;
            }
        }
    }

    private Chunk chunk(ArticleText article, OldBodies oldBodies, long afterId, UserAccount actor) {
        List<EvidenceLink> batch = links.findNotCheckedAgainst(article.id(), article.version(), afterId, Limit.of(chunkSize));
        Map<AnchorState, Integer> counts = new EnumMap<>(AnchorState.class);
        String by = actor == null ? ActivityLog.SYSTEM : actor.getUsername();
        for (EvidenceLink link : batch) {
            AnchorSnapshot before = AnchorSnapshot.of(link);
            AnchorResult result = reanchor(link, oldBodies.of(link.getArticleVersion()), article.body());
            link.reanchor(article.version(), result, changes.now());
            counts.merge(result.state(), 1, Integer::sum);
            Change change = Change.of("EVIDENCE_REANCHORED", "EVIDENCE", link.getId()).claim(link.getClaimId())
                    .before(before).after(AnchorSnapshot.of(link)).note(result.state() + " in version " + article.version());
            if (actor == null) changes.recordSystem(change); else changes.record(actor, change);
            changes.publish(new EvidenceReanchored(link.getClaimId(), link.getId(), article.id(), before.articleVersion(),
                    article.version(), result.state(), changes.now(), by));
        }
        links.flush();
        long lastId = batch.isEmpty() ? afterId : batch.getLast().getId();
        return new Chunk(new ReanchorSummary(article.id(), article.version(), batch.size(),
                counts.getOrDefault(AnchorState.EXACT_POSITION, 0), counts.getOrDefault(AnchorState.EXACT_QUOTE, 0),
                counts.getOrDefault(AnchorState.FUZZY, 0), counts.getOrDefault(AnchorState.ORPHANED, 0)), lastId);
    }

    /** With the body the link was made on, the algorithm can tell a moved quote from a deleted one (see Reanchorer). */
    private AnchorResult reanchor(EvidenceLink link, String oldBody, String newBody) {
        if (oldBody != null) {
            try {
                return reanchoring.reanchor(link.anchor(), oldBody, newBody);
            } catch (IllegalArgumentException oldBodyDoesNotHoldTheQuote) {
                log.warn("Evidence link {}: version {} of article {} does not hold its quote; re-anchoring without it",
                        link.getId(), link.getArticleVersion(), link.getArticleId());
            }
        }
        return reanchoring.reanchor(link.anchor(), newBody);
    }

    private record Chunk(ReanchorSummary summary, long lastId) {
    }
}
