package org.factbench.core.intake;

import java.util.List;

/** The corpus side of an intake: loads files as the indexer CLI would and reports per file. */
public interface CorpusIntake {

    /**
     * Loads the files (each under the name the user gave it, which decides its format). A broken file is reported
     * in {@link IntakeReport#failures()} and skipped; the others are stored. Throws
     * {@code CorpusUnavailableException} only when Elasticsearch cannot be reached at all.
     */
    IntakeReport load(List<IntakeFile> files, IntakeProgress progress);
}
