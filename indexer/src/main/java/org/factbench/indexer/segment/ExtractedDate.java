package org.factbench.indexer.segment;

import java.time.LocalDate;

/**
 * A date mentioned in text. Relative or partial mentions ("on January 26", "last Tuesday") are resolved
 * against the publication date; {@code precision} says how much of it the text really stated. {@code start}/{@code end}
 * are offsets into the article body, like a passage's, and {@code from}/{@code to} are equal for a single day.
 */
public record ExtractedDate(String mention, int start, int end, LocalDate from, LocalDate to, Precision precision) {

    public enum Precision { DAY, MONTH, YEAR }
}
