package org.factbench.indexer.segment;

/** A number mentioned in text ("23", "1.5 million", "40%"), with its value and unit word when one follows. */
public record ExtractedNumber(String mention, int start, int end, double value, String unit) {
}
