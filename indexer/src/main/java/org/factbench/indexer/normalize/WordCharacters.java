package org.factbench.indexer.normalize;

/** What counts as part of a word for the indexer's scanners (near-duplicate shingles, date rules). */
public final class WordCharacters {

    private WordCharacters() {
    }

    /** {@code [\p{L}\p{N}]}: letters and the three kinds of numbers; ASCII answered without a table lookup. */
    public static boolean isLetterOrNumber(int codePoint) {
        if (codePoint < 128) {
            return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9')
                    || (codePoint >= 'A' && codePoint <= 'Z');
        }
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
