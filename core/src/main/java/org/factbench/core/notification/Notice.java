package org.factbench.core.notification;

import org.factbench.core.shared.InvalidInputException;

/**
 * What a notification says, before it is stored: a {@code kind} the UI has a text for, what it is about
 * ({@code subjectType} + {@code subjectId}, as in the activity log: {@code CLAIM 12}, {@code COLLECTION 3}), and an
 * optional detail the text may show (a dossier's name). The UI turns the subject into a link.
 */
public record Notice(String kind, String subjectType, Long subjectId, String detail) {

    public static final String MENTIONED = "MENTIONED";
    public static final String CLAIM = "CLAIM";

    public Notice {
        if (kind == null || kind.isBlank() || kind.length() > 32) {
            throw new InvalidInputException("kind", "A notification needs a kind of at most 32 characters.");
        }
        if ((subjectType == null) != (subjectId == null)) {
            throw new InvalidInputException("subjectType", "A notification's subject needs both a type and an id, or neither.");
        }
        if (detail != null && detail.length() > Notification.MAX_DETAIL) {
            detail = detail.substring(0, Notification.MAX_DETAIL - 1) + "…";
        }
    }

    /** Someone wrote {@code @username} in a comment on this claim. */
    public static Notice mentionedOn(long claimId) {
        return new Notice(MENTIONED, CLAIM, claimId, null);
    }
}
