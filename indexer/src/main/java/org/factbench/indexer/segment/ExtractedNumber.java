package org.factbench.indexer.segment;

/**
 * A number mentioned in text ("23", "1.5 million", "40%"), with its value and unit word when one follows.
 * {@code start}/{@code end} are offsets into the article body; {@code unit} is "%" for percentages, an ISO code for a
 * currency sign ("$3 billion" is USD), else the lower-case word after the number, or null.
 */
public record ExtractedNumber(String mention, int start, int end, double value, String unit) {
}
