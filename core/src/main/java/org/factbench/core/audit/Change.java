package org.factbench.core.audit;

/**
 * What a service is about to record: an action on a subject, optionally tied to a claim (for its timeline),
 * with the values before and after (any record; stored as JSON) and a note such as a reason.
 */
public record Change(String action, String subjectType, long subjectId, Long claimId, Object before, Object after,
        String note) {

    public static Change of(String action, String subjectType, long subjectId) {
        return new Change(action, subjectType, subjectId, null, null, null, null);
    }

    public Change claim(Long id) {
        return new Change(action, subjectType, subjectId, id, before, after, note);
    }

    public Change before(Object value) {
        return new Change(action, subjectType, subjectId, claimId, value, after, note);
    }

    public Change after(Object value) {
        return new Change(action, subjectType, subjectId, claimId, before, value, note);
    }

    public Change note(String text) {
        return new Change(action, subjectType, subjectId, claimId, before, after, text);
    }
}
