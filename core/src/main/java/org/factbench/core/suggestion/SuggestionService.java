package org.factbench.core.suggestion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factbench.core.audit.Change;
import org.factbench.core.audit.ChangeRecorder;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimRepository;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.shared.Access;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserAccount;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggested evidence for a claim: the corpus store's ranking for the claim's statement, language and date, minus
 * the passages dismissed for this claim and the spans already linked. Accepting one is linking it through
 * {@link EvidenceService} with the suggestion's offsets and text. Throws {@code CorpusUnavailableException} when
 * the store cannot be reached.
 */
@Service
@Transactional
public class SuggestionService {

    private final EvidenceSuggester suggester;
    private final SuggestionDismissalRepository dismissals;
    private final ClaimRepository claims;
    private final EvidenceService evidence;
    private final ChangeRecorder changes;

    SuggestionService(EvidenceSuggester suggester, SuggestionDismissalRepository dismissals, ClaimRepository claims,
            EvidenceService evidence, ChangeRecorder changes) {
        this.suggester = suggester;
        this.dismissals = dismissals;
        this.claims = claims;
        this.evidence = evidence;
        this.changes = changes;
    }

    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public List<Suggestion> forClaim(long claimId, int limit) {
        Claim claim = claims.require(claimId);
        Set<String> linked = new HashSet<>();
        for (EvidenceView link : evidence.forClaim(claimId)) {
            linked.add(SuggestionRequest.span(link.articleId(), link.startOffset(), link.endOffset()));
        }
        SuggestionRequest request = new SuggestionRequest(claim.getStatement(), claim.getLanguage(), claimedOn(claim),
                new HashSet<>(dismissals.passageIdsOf(claimId)), linked, limit);
        return suggester.suggest(request);
    }

    /** Hides the passage from this claim's suggestions for good; dismissing it twice is one dismissal. */
    @PreAuthorize(Access.CHECKER)
    public void dismiss(long claimId, String passageId, String articleId) {
        UserAccount actor = changes.actor();
        claims.require(claimId);
        if (passageId == null || passageId.isBlank() || passageId.length() > SuggestionDismissal.MAX_PASSAGE_ID
                || articleId == null || articleId.isBlank() || articleId.length() > SuggestionDismissal.MAX_PASSAGE_ID) {
            throw new InvalidInputException("passageId", "Not a passage of the corpus.");
        }
        if (dismissals.findByClaimIdAndPassageId(claimId, passageId).isPresent()) {
            return;
        }
        SuggestionDismissal dismissal = dismissals.saveAndFlush(new SuggestionDismissal(claimId, passageId, articleId,
                actor.getId(), changes.now()));
        changes.record(actor, Change.of("SUGGESTION_DISMISSED", "SUGGESTION", dismissal.getId()).claim(claimId)
                .after(new SuggestionDismissed(passageId, articleId)));
    }

    /** The passages dismissed for this claim. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public Set<String> dismissedFor(long claimId) {
        claims.require(claimId);
        return Set.copyOf(dismissals.passageIdsOf(claimId));
    }

    /** How much of the corpus the semantic side covers yet. */
    @PreAuthorize(Access.CHECKER)
    @Transactional(readOnly = true)
    public EmbeddingProgress embeddingProgress() {
        return suggester.progress();
    }

    /** The day the claim was first made, if recorded: the centre of the time window. */
    private static LocalDate claimedOn(Claim claim) {
        return claim.getAppearances().stream().map(Appearance::appearedOn).min(Comparator.naturalOrder()).orElse(null);
    }
}
