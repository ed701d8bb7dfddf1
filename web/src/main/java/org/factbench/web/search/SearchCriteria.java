package org.factbench.web.search;

import java.time.LocalDate;
import org.factbench.core.corpus.PassageQuery;

/** What the user asked for; null filters are not applied. */
record SearchCriteria(String text, String language, String outlet, LocalDate from, LocalDate to) {

    PassageQuery page(int page, int size) {
        return new PassageQuery(text, blankToNull(language), blankToNull(outlet), from, to, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
