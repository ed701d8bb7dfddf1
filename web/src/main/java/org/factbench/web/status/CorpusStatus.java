package org.factbench.web.status;

/**
 * Whether passage search can reach the corpus store, as the banner tells the user: one short sentence per
 * {@link State}, the same for every cause, and the cause itself ({@code detail}) for admins and the server log.
 *
 * @param detail why, for whoever can fix it (empty when available); never shown to other users
 */
public record CorpusStatus(State state, String detail) {

    /** What the user can expect; the banner's sentence is {@code status.<state>} in i18n/status.properties. */
    public enum State {
        AVAILABLE,
        /** The local node Factbench runs is coming up for the first time since the app started. */
        STARTING,
        /** The local node went away and Factbench is starting it again. */
        RESTARTING,
        /** Nobody answers, or a restart takes too long; checks go on. */
        UNAVAILABLE
    }

    public CorpusStatus {
        detail = detail == null ? "" : detail;
    }

    public boolean available() {
        return state == State.AVAILABLE;
    }

    /** The i18n key of the one sentence the banner shows. */
    public String messageKey() {
        return "status." + state.name().toLowerCase(java.util.Locale.ROOT);
    }

    static CorpusStatus reachable() {
        return new CorpusStatus(State.AVAILABLE, "");
    }
}
