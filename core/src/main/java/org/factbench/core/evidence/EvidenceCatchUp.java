package org.factbench.core.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.SourceCorpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds evidence whose article has a newer version that no {@code ArticleRevised} event announced in this JVM —
 * a load by the command-line indexer, by another application instance, or while this one was down — and
 * re-anchors it. Compares, per linked article, the oldest version its links were checked against with the
 * corpus's current version: one query on the links, one multi-get on the corpus per page of articles. Runs
 * shortly after start and then periodically wherever scheduling is enabled (the web application).
 */
@Component
class EvidenceCatchUp {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCatchUp.class);
    private static final int PAGE = 500;

    private final EvidenceLinkRepository links;
    private final SourceCorpus corpus;
    private final EvidenceReanchoring reanchoring;
    private volatile boolean corpusWasDown;

    EvidenceCatchUp(EvidenceLinkRepository links, SourceCorpus corpus, EvidenceReanchoring reanchoring) {
        this.links = links;
        this.corpus = corpus;
        this.reanchoring = reanchoring;
    }

    /**
     * What one catch-up did.
     *
     * @param articlesChecked articles with evidence whose current version was compared
     * @param passes          re-anchoring passes over the articles that had changed
     * @param failedArticles  changed articles whose pass failed; the next catch-up tries them again
     */
    record Summary(int articlesChecked, List<ReanchorSummary> passes, List<String> failedArticles) {
        public int linksExamined() {
            return passes.stream().mapToInt(ReanchorSummary::examined).sum();
        }
    }

    @Scheduled(initialDelayString = "${factbench.anchoring.catch-up-initial-delay:PT15S}",
            fixedDelayString = "${factbench.anchoring.catch-up-interval:PT1M}")
    void scheduled() {
        try {
            Summary summary = catchUp();
            if (corpusWasDown) {
                log.info("Evidence catch-up runs again: the corpus is reachable");
                corpusWasDown = false;
            }
            if (!summary.passes().isEmpty() || !summary.failedArticles().isEmpty()) {
                log.info("Evidence catch-up: {} article(s) had a version no event announced; {} link(s) re-anchored: {}"
                                + "; failed, tried again next time: {}", summary.passes().size(), summary.linksExamined(),
                        summary.passes(), summary.failedArticles());
            }
        } catch (CorpusUnavailableException e) {
            // Said once per outage: the search banner already tells users, and the next run retries.
            if (!corpusWasDown) {
                log.warn("Evidence catch-up skipped until the corpus is reachable again: {}", e.getMessage());
                corpusWasDown = true;
            }
        }
    }

    /**
     * Re-anchors the links of every article whose current version is newer than one its links were checked
     * against. A failing article is logged and left for the next run; the others go on.
     *
     * @throws CorpusUnavailableException when the corpus cannot be asked for versions
     */
    Summary catchUp() {
        int checked = 0;
        List<ReanchorSummary> passes = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        String after = "";
        while (true) {
            List<CheckedArticle> page = links.findCheckedArticles(after, Limit.of(PAGE));
            if (page.isEmpty()) {
                return new Summary(checked, List.copyOf(passes), List.copyOf(failed));
            }
            checked += page.size();
            Map<String, Integer> current = corpus.currentVersions(page.stream().map(CheckedArticle::articleId).toList());
            for (CheckedArticle article : page) {
                Integer version = current.get(article.articleId());
                if (version != null && version > article.oldestCheckedVersion()) {
                    reanchor(article.articleId()).ifPresentOrElse(passes::add, () -> failed.add(article.articleId()));
                }
            }
            after = page.getLast().articleId();
        }
    }

    private Optional<ReanchorSummary> reanchor(String articleId) {
        try {
            return Optional.of(reanchoring.reanchorAsSystem(articleId));
        } catch (CorpusUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Evidence of article {} not re-anchored ({}); the next catch-up tries again", articleId, e.toString());
            return Optional.empty();
        }
    }
}
