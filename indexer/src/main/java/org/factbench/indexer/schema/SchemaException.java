package org.factbench.indexer.schema;

/** The index schema cannot be set up or changed; the message says what to do. */
public class SchemaException extends RuntimeException {

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }

    public SchemaException(String message) {
        super(message);
    }
}
