package org.factbench.web.api;

/** A change without the version it was based on: the API refuses blind overwrites. */
final class MissingIfMatchException extends RuntimeException {

    MissingIfMatchException() {
        super("Send If-Match with the ETag of the claim you read (GET it first); changes need the version they build on.");
    }
}
