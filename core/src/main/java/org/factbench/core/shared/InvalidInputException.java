package org.factbench.core.shared;

/** Input that breaks a rule; {@link #field()} names the form field so the UI can mark it and keep the input. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
