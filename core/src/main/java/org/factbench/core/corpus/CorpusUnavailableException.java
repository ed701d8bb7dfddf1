package org.factbench.core.corpus;

/** The corpus store cannot be reached; the caller shows a clear message and retries later. */
public class CorpusUnavailableException extends RuntimeException {

    public CorpusUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
