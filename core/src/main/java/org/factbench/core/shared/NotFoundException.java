package org.factbench.core.shared;

/** The thing asked for does not exist (any more). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String subject, Object id) {
        super(subject + " " + id + " does not exist; it may have been merged or removed. Reload the list.");
    }
}
