package org.factbench.web.status;

/**
 * Work that needs the corpus indices: run once, in the background, as soon as the corpus setup is done (which
 * may be minutes after start when Elasticsearch is still coming up). Tasks run in their {@code @Order}.
 */
public interface CorpusReadyTask {

    /** A short name for the log. */
    String name();

    void run();
}
