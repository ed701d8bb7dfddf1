package org.factbench.web.status;

import org.factbench.core.matching.ClaimIndexing;
import org.factbench.web.security.SystemAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Indexes every claim once the claim index exists: claims saved while Elasticsearch was still starting (or
 * while it was down, or before its data directory was wiped) would otherwise be missing from duplicate
 * detection until an admin re-indexed by hand.
 */
@Component
@Order(0)
class ClaimIndexCatchUp implements CorpusReadyTask {

    private static final Logger log = LoggerFactory.getLogger(ClaimIndexCatchUp.class);

    private final ClaimIndexing indexing;
    private final SystemAuthority authority;

    ClaimIndexCatchUp(ClaimIndexing indexing, SystemAuthority authority) {
        this.indexing = indexing;
        this.authority = authority;
    }

    @Override
    public String name() {
        return "Claim index catch-up";
    }

    @Override
    public void run() {
        int indexed = authority.asApplication(indexing::reindexAll);
        log.info("Claim index caught up: {} claim(s) indexed", indexed);
    }
}
