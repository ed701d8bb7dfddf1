package org.factbench.core.comment;

/** Only the author can edit a comment. */
public class NotTheAuthorException extends RuntimeException {

    NotTheAuthorException() {
        super("Only the author can edit a comment. Reply instead.");
    }
}
