package org.factbench.indexer.testing;

import java.util.Random;

/**
 * Random strings made of chosen pieces, for tests that hold a hand-written scanner to the definition it replaced:
 * edge cases (surrogates, odd spaces, markup fragments) meet in combinations nobody would write by hand. Seeded,
 * so a failure repeats.
 */
public final class GeneratedText {

    private final String[] pieces;
    private final Random random = new Random(20261128);

    public GeneratedText(String... pieces) {
        this.pieces = pieces.clone();
    }

    /** The next string: up to {@code maxPieces - 1} pieces, possibly none. */
    public String next(int maxPieces) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxPieces);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
