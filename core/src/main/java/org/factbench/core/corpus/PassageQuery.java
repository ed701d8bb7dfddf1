package org.factbench.core.corpus;

import java.time.LocalDate;

/**
 * A passage search. Null filters are not applied.
 *
 * @param page zero-based
 */
public record PassageQuery(
        String text,
        String language,
        String outlet,
        LocalDate publishedFrom,
        LocalDate publishedTo,
        int page,
        int size) {

    public PassageQuery {
        if (page < 0) throw new IllegalArgumentException("page must be >= 0");
        if (size < 1 || size > 200) throw new IllegalArgumentException("size must be between 1 and 200");
    }

    public static PassageQuery of(String text) {
        return new PassageQuery(text, null, null, null, null, 0, 20);
    }
}
