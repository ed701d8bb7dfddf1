package org.factbench.indexer.normalize;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Bytes turned into text.
 *
 * @param charset the encoding actually used
 * @param notes   what a user should know about the choice, e.g. "decoded as windows-1252: not valid UTF-8"
 */
public record DecodedText(String text, Charset charset, List<String> notes) {

    public DecodedText {
        notes = List.copyOf(notes);
    }
}
