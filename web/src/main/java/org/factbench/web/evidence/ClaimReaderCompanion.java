package org.factbench.web.evidence;

import com.vaadin.flow.router.QueryParameters;
import java.util.Optional;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.shared.NotFoundException;
import org.factbench.web.article.ReaderCompanion;
import org.factbench.web.live.ClaimBroadcaster;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The reader opened for a claim: a {@link ClaimReading} when the claim exists and the user may see its evidence. */
@Service
class ClaimReaderCompanion implements ReaderCompanion {

    private final ClaimService claims;
    private final EvidenceService evidence;
    private final ClaimBroadcaster broadcaster;

    ClaimReaderCompanion(ClaimService claims, EvidenceService evidence, ClaimBroadcaster broadcaster) {
        this.claims = claims;
        this.evidence = evidence;
        this.broadcaster = broadcaster;
    }

    @Override
    public Optional<ReaderSession> open(long claimId, ArticleText article, QueryParameters query) {
        try {
            ClaimView claim = claims.get(claimId);
            return Optional.of(new ClaimReading(claim, article, query, evidence, broadcaster));
        } catch (NotFoundException | AccessDeniedException e) {
            // The article still opens, just not for a claim this user cannot see.
            return Optional.empty();
        }
    }
}
