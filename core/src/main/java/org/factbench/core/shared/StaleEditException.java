package org.factbench.core.shared;

/**
 * Someone else saved the same thing first. Nothing of the caller's was written; {@link #attempted()} carries
 * exactly what they tried to save so the UI can show it again next to the fresh version.
 */
public class StaleEditException extends RuntimeException {

    private final String subject;
    private final long subjectId;
    private final long expectedVersion;
    private final transient Object attempted;

    public StaleEditException(String subject, long subjectId, long expectedVersion, Object attempted) {
        super(subject + " " + subjectId + " was changed by someone else while you were editing it. "
                + "Your changes were not saved: reload to see the latest version, then apply them again.");
        this.subject = subject;
        this.subjectId = subjectId;
        this.expectedVersion = expectedVersion;
        this.attempted = attempted;
    }

    public String subject() {
        return subject;
    }

    public long subjectId() {
        return subjectId;
    }

    /** The version the caller had loaded. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The command the caller tried to apply, unchanged. */
    public Object attempted() {
        return attempted;
    }

    public <T> T attempted(Class<T> type) {
        return type.cast(attempted);
    }
}
