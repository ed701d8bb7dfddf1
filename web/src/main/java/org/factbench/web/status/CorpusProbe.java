package org.factbench.web.status;

/** Asks the corpus store whether it answers. */
interface CorpusProbe {

    /** Where the store is expected, for messages. */
    String location();

    /** A fresh (or a few seconds old) answer. */
    CorpusStatus check();
}
