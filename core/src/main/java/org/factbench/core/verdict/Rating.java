package org.factbench.core.verdict;

import java.util.regex.Pattern;

/**
 * One step of the rating scale.
 *
 * @param code   stable identifier stored with verdicts, e.g. {@code MOSTLY_TRUE}
 * @param label  what readers see, e.g. "Mostly true"
 * @param colour CSS hex colour for meters and badges, e.g. {@code #1a7f37}
 */
public record Rating(String code, String label, String colour) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Rating {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Rating code '" + code + "' must be upper case letters, digits and _ (max 64).");
        }
        if (label == null || label.isBlank()) throw new IllegalArgumentException("Rating " + code + " needs a label.");
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("Rating " + code + " needs a colour like #1a7f37, not '" + colour + "'.");
        }
    }
}
