package org.factbench.indexer.local;

/**
 * The local node could not start (or is not ready). The message says what happened and what to do; it is
 * meant to be shown to the user as is. {@link #problem()} lets callers and tests tell the cases apart.
 */
public class LocalElasticsearchException extends RuntimeException {

    /** What went wrong, for callers that react differently (and for tests). */
    public enum Problem {
        /** The configured HTTP port is taken by another program. */
        PORT_IN_USE,
        /** No JDK 21 or newer to run Elasticsearch with. */
        NO_SUITABLE_JAVA,
        /** Less free disk space than the configured minimum. */
        NOT_ENOUGH_DISK,
        /** Another Elasticsearch process holds the node's data directory. */
        DATA_DIRECTORY_IN_USE,
        /** Running as root, the unprivileged user cannot reach a directory. */
        DIRECTORY_NOT_REACHABLE,
        /** Running as root, no unprivileged user/group to run Elasticsearch as. */
        UNPRIVILEGED_USER_MISSING,
        /** The distribution zip is missing or unreadable. */
        DISTRIBUTION_MISSING,
        /** The process exited during start-up. */
        PROCESS_EXITED,
        /** The node did not become ready within the timeout. */
        TIMEOUT,
        /** Anything else (I/O failures while preparing the node). */
        OTHER
    }

    private final Problem problem;

    public LocalElasticsearchException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public LocalElasticsearchException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
