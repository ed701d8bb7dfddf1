package org.factbench.core.intake;

/** Follows a running intake; called on the loading thread, so implementations hand the update off quickly. */
@FunctionalInterface
public interface IntakeProgress {

    IntakeProgress NONE = (done, read) -> {
    };

    /** {@code done} articles finished (stored, unchanged or failed) of {@code read} read so far. */
    void update(long done, long read);
}
