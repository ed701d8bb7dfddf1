package org.factbench.web.status;

import java.util.Optional;

/** Asks the corpus store whether it answers. */
interface CorpusProbe {

    /** Where the store is expected, for messages. */
    String location();

    /** Empty when the store answers, otherwise what went wrong. */
    Optional<String> problem();
}
