package org.factbench.web.status;

import java.time.Instant;

/** Asks the corpus store whether it answers. */
interface CorpusProbe {

    /** Where the store is expected, for messages. */
    String location();

    /** A fresh, or a few seconds old, answer. */
    Observation check();

    /** What was seen, and when: a cached answer may be older than a failure seen since. */
    record Observation(CorpusStatus status, Instant at) {
    }
}
