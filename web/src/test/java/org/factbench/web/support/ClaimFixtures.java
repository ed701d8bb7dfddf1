package org.factbench.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.factbench.core.claim.Appearance;
import org.factbench.core.claim.ClaimDetails;
import org.factbench.core.claim.ClaimService;
import org.factbench.core.claim.ClaimView;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.PassageHit;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.core.evidence.EvidenceSelection;
import org.factbench.core.evidence.EvidenceService;
import org.factbench.core.evidence.EvidenceView;
import org.factbench.core.evidence.Stance;
import org.factbench.core.review.ReviewService;
import org.factbench.core.review.VerdictDraft;

/** Claims in a given state for view tests, made through core's services (as the current user unless said). */
public final class ClaimFixtures {

    public static final String MOSCOW_CLAIM = "The first meeting of Azerbaijani and Armenian public figures after the "
            + "2020 war was held on 23-24 December 2021 in Moscow";

    private final ClaimService claims;
    private final ReviewService review;
    private final EvidenceService evidence;
    private final SourceCorpus corpus;

    public ClaimFixtures(ClaimService claims, ReviewService review, EvidenceService evidence, SourceCorpus corpus) {
        this.claims = claims;
        this.review = review;
        this.evidence = evidence;
        this.corpus = corpus;
    }

    public ClaimView newClaim(String statement, String... tags) {
        return claims.create(new ClaimDetails(statement, "A test claimant", "en", List.of(tags),
                List.of(new Appearance("https://news.example/story", LocalDate.of(2022, 1, 10), "Example News")), null));
    }

    public ClaimView inResearch(String statement, String... tags) {
        ClaimView created = newClaim(statement, tags);
        return review.startResearch(created.id(), created.version());
    }

    public ClaimView proposed(ClaimView inResearch, String rating, String summary) {
        return review.proposeVerdict(inResearch.id(), claims.get(inResearch.id()).version(), new VerdictDraft(rating, summary));
    }

    /** Links a real sample-corpus passage matching {@code query}: the whole passage, or its first half. */
    public EvidenceView link(long claimId, String query, Stance stance, String note, boolean half) {
        PassageHit hit = firstHit(query);
        ArticleText article = corpus.version(hit.articleId(), hit.articleVersion()).orElseThrow();
        int end = half ? hit.start() + (hit.end() - hit.start()) / 2 : hit.end();
        return evidence.link(claimId, new EvidenceSelection(hit.articleId(), hit.articleVersion(), hit.start(), end,
                article.body().substring(hit.start(), end), stance, note));
    }

    public PassageHit firstHit(String query) {
        List<PassageHit> hits = corpus.searchPassages(PassageQuery.of(query)).hits();
        assertThat(hits).as("sample corpus passages for " + query).isNotEmpty();
        return hits.getFirst();
    }
}
