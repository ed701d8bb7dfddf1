package org.factbench.core.matching;

import java.util.List;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.claim.ClaimStatus;
import org.factbench.core.corpus.ClaimIndex;
import org.factbench.core.corpus.IndexedClaim;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.event.ClaimStateChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the claim index in step with the database: after each committed claim change the claim is read
 * again and indexed (merged claims are removed). An index that is down does not fail the user's change,
 * which is already committed; {@link #reindexAll()} repairs the index afterwards.
 */
@Service
public class ClaimIndexing {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndexing.class);

    private final ClaimIndex index;
    private final ClaimRepository claims;
    private final TransactionTemplate readFresh;

    ClaimIndexing(ClaimIndex index, ClaimRepository claims, PlatformTransactionManager transactionManager) {
        this.index = index;
        this.claims = claims;
        // After commit the finished transaction is still bound to the thread; read in a new one.
        this.readFresh = new TransactionTemplate(transactionManager);
        this.readFresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readFresh.setReadOnly(true);
    }

    @TransactionalEventListener
    void onClaimChanged(ClaimStateChanged event) {
        try {
            if (event instanceof ClaimsMerged merged) index.remove(merged.duplicateId());
            readFresh.executeWithoutResult(status -> claims.findById(event.claimId()).ifPresent(this::indexOne));
        } catch (RuntimeException e) {
            log.warn("Claim {} not indexed after {} ({}); run a re-index when the claim index is back", event.claimId(),
                    event.type(), e.toString());
        }
    }

    /** Indexes every claim again, in batches; returns how many were indexed. */
    @PreAuthorize(Access.ADMIN)
    public int reindexAll() {
        int count = 0;
        long afterId = 0;
        while (true) {
            long from = afterId;
            List<Claim> batch = readFresh.execute(status -> {
                List<Claim> page = claims.findByIdGreaterThanOrderByIdAsc(from, Limit.of(500));
                page.forEach(this::indexOne);
                return page;
            });
            if (batch == null || batch.isEmpty()) return count;
            count += batch.size();
            afterId = batch.getLast().getId();
        }
    }

    private void indexOne(Claim claim) {
        if (claim.getStatus() == ClaimStatus.MERGED) {
            index.remove(claim.getId());
        } else {
            index.index(new IndexedClaim(claim.getId(), claim.getStatement(), claim.getClaimant(), claim.getLanguage(),
                    claim.getTags(), claim.getStatus().name()));
        }
    }
}
