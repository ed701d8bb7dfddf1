package org.factbench.core.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.claim.Claim;
import org.factbench.core.claim.ClaimHistory;
import org.factbench.core.claim.ClaimMapper;
import org.factbench.core.claim.VerdictProposal;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.shared.InvalidInputException;
import org.factbench.core.user.UserRefMapper;
import org.factbench.core.verdict.Rating;
import org.factbench.core.verdict.RatingScaleProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Freezes a claim into the next report version, in the transaction that publishes the claim. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ReportPublisher {

    private final ReportVersionRepository reports;
    private final EvidenceService evidence;
    private final ClaimMapper claimMapper;
    private final ReportMapper reportMapper;
    private final UserRefMapper users;
    private final RatingScaleProperties scale;
    private final ClaimHistory history;
    private final SourceCorpus corpus;

    ReportPublisher(ReportVersionRepository reports, EvidenceService evidence, ClaimMapper claimMapper,
            ReportMapper reportMapper, UserRefMapper users, RatingScaleProperties scale, ClaimHistory history,
            SourceCorpus corpus) {
        this.history = history;
        this.corpus = corpus;
        this.reports = reports;
        this.evidence = evidence;
        this.claimMapper = claimMapper;
        this.reportMapper = reportMapper;
        this.users = users;
        this.scale = scale;
    }

    /** Called after the claim row is written and locked, so two publishers never both see "first version". */
    private void requireCorrectionIfRepublished(long claimId, Correction correction) {
        boolean republished = reports.findFirstByClaimIdOrderByVersionNoDesc(claimId).isPresent();
        if (republished && (correction == null || isBlank(correction.whatChanged()) || isBlank(correction.why()))) {
            throw new InvalidInputException("correction",
                    "This claim was published before: say what changed and why, readers see it with the correction.");
        }
    }

    public PublishedReport publish(Claim claim, VerdictProposal approved, Correction correction, Instant now) {
        requireCorrectionIfRepublished(claim.getId(), correction);
        int version = reports.findFirstByClaimIdOrderByVersionNoDesc(claim.getId()).map(r -> r.getVersionNo() + 1).orElse(1);
        Rating rating = scale.find(approved.getRating()).orElse(new Rating(approved.getRating(), approved.getRating(), "#6b7280"));
        PublishedVerdict verdict = new PublishedVerdict(rating.code(), rating.label(), rating.colour(), approved.getSummary(),
                users.toRef(approved.getProposer()), approved.getProposedAt(), users.toRef(approved.getReviewer()),
                approved.getReviewedAt());
        List<EvidenceView> links = evidence.forClaim(claim.getId());
        Correction published = version == 1 ? null : trimmed(correction);
        List<ReportVersionSummary> versions = new ArrayList<>(reports.findSummariesByClaim(claim.getId()));
        versions.add(new ReportVersionSummary(claim.getId(), version, now, rating.code(), verdict.approver().username(),
                published == null ? null : published.whatChanged(), published == null ? null : published.why()));
        PublishedReport report = new PublishedReport(claim.getId(), version, now, reportMapper.toPublished(claim), verdict,
                links, claimMapper.toVerdictViews(claim.getProposals()), published, PublishedReport.CURRENT_FORMAT,
                ReportScale.of(scale.ratings(), rating.code(), rating.label()), sources(links),
                timeline(claim.getId(), now, verdict.approver().username(), published), versions);
        reports.save(new ReportVersion(report));
        return report;
    }

    /**
     * The claim's log up to and with this publication: the log records the approval only after this snapshot is
     * written (in the same transaction), so it is added here as the log will hold it.
     */
    private List<TimelineEntry> timeline(long claimId, Instant now, String approver, Correction correction) {
        List<TimelineEntry> timeline = new ArrayList<>(history.timeline(claimId).stream()
                .map(e -> new TimelineEntry(e.occurredAt(), e.actorName(), e.action(), e.note())).toList());
        timeline.add(new TimelineEntry(now, approver, "CLAIM_PUBLISHED",
                correction == null ? null : correction.whatChanged() + " / " + correction.why()));
        return timeline;
    }

    /**
     * Authors and context from each linked article version. The corpus may be down while an editor publishes:
     * the report then keeps the selector's own context and no authors rather than refusing to publish.
     */
    private List<EvidenceSource> sources(List<EvidenceView> links) {
        Map<String, Optional<ArticleText>> articles = new HashMap<>();
        List<EvidenceSource> sources = new ArrayList<>();
        for (EvidenceView link : links) {
            Optional<ArticleText> article = articles.computeIfAbsent(link.articleId() + "@" + link.articleVersion(),
                    key -> article(link));
            sources.add(article.map(a -> new EvidenceSource(link.id(), a.authors(), a.language(),
                            QuoteContext.before(a.body(), link.startOffset()), QuoteContext.after(a.body(), link.endOffset())))
                    .orElseGet(() -> new EvidenceSource(link.id(), List.of(), null, link.quotePrefix(), link.quoteSuffix())));
        }
        return sources;
    }

    private Optional<ArticleText> article(EvidenceView link) {
        try {
            return corpus.version(link.articleId(), link.articleVersion())
                    .filter(a -> link.endOffset() <= a.body().length()
                            && a.body().substring(link.startOffset(), link.endOffset()).equals(link.quoteExact()));
        } catch (CorpusUnavailableException e) {
            return Optional.empty();
        }
    }

    private static Correction trimmed(Correction c) {
        return new Correction(c.whatChanged().strip(), c.why().strip());
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
