package org.factbench.core.intake;

import java.util.List;

/** What an intake did: counts like the CLI's summary, every failure with its file and reason, and notes. */
public record IntakeReport(long read, long created, long updated, long unchanged, long duplicates, long failed,
        List<Problem> failures, List<Problem> notes) {

    public IntakeReport {
        failures = List.copyOf(failures);
        notes = List.copyOf(notes);
    }

    /** A file (or a record inside one) and what happened to it, in the user's words. */
    public record Problem(String source, String reason) {
    }
}
