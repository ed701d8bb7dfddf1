package org.factbench.web.article;

import java.util.List;
import java.util.Optional;
import org.factbench.core.corpus.ArticleText;
import org.factbench.core.corpus.ArticleVersionSummary;
import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.web.status.CorpusStatusMonitor;
import org.springframework.stereotype.Service;

/** Reads article versions for the article view and tells the status banner when the corpus is down. */
@Service
class ArticleReader {

    private final SourceCorpus corpus;
    private final CorpusStatusMonitor status;

    ArticleReader(SourceCorpus corpus, CorpusStatusMonitor status) {
        this.corpus = corpus;
        this.status = status;
    }

    /** The given version, or the newest when {@code version} is empty. */
    Optional<ArticleText> read(String articleId, Optional<Integer> version) {
        try {
            return version.isPresent() ? corpus.version(articleId, version.get()) : corpus.latest(articleId);
        } catch (CorpusUnavailableException e) {
            status.reportUnavailable(e);
            throw e;
        }
    }

    /** The article's versions, oldest first. */
    List<ArticleVersionSummary> versions(String articleId) {
        try {
            return corpus.versions(articleId);
        } catch (CorpusUnavailableException e) {
            status.reportUnavailable(e);
            throw e;
        }
    }
}
