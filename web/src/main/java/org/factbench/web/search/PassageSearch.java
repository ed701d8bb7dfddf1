package org.factbench.web.search;

import org.factbench.core.corpus.CorpusUnavailableException;
import org.factbench.core.corpus.PassagePage;
import org.factbench.core.corpus.PassageQuery;
import org.factbench.core.corpus.SourceCorpus;
import org.factbench.web.status.CorpusStatusMonitor;
import org.springframework.stereotype.Service;

/** Passage search for the search view and the evidence finder; a failed search also raises the layout's banner at once. */
@Service
public class PassageSearch {

    private final SourceCorpus corpus;
    private final CorpusStatusMonitor status;

    PassageSearch(SourceCorpus corpus, CorpusStatusMonitor status) {
        this.corpus = corpus;
        this.status = status;
    }

    public PassagePage search(PassageQuery query) {
        try {
            return corpus.searchPassages(query);
        } catch (CorpusUnavailableException e) {
            status.reportUnavailable(e);
            throw e;
        }
    }
}
