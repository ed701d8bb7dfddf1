package org.factbench.indexer.ingest;

/** Follows a load or a rebuild; called on the loading thread, so keep it quick. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void progress(LoadProgress progress) {
    }

    /** One input or article was not stored; the load goes on. */
    default void failed(LoadSummary.Failure failure) {
    }
}
