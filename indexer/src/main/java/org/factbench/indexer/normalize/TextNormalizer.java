package org.factbench.indexer.normalize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns extracted text into the canonical form every stored body has: Unicode NFC, no control or
 * invisible formatting characters, whitespace collapsed inside paragraphs, paragraphs separated by exactly
 * one blank line, no leading or trailing whitespace. Evidence offsets point into this form, so it must be
 * deterministic: the same input always gives the same string.
 */
public final class TextNormalizer {

    private static final String PARAGRAPH_BREAK = "\n\n";

    private TextNormalizer() {
    }

    /**
     * Normalizes a body. A blank line ends a paragraph; single line breaks inside a paragraph become spaces
     * (hard-wrapped text such as newswire copy). Inside a block whose lines are only partly indented, an
     * indented line starts a new paragraph: that is how wrapped newswire text marks paragraphs without
     * blank lines.
     *
     * @return the normalized body, empty when nothing but whitespace and control characters was given
     */
    public static String body(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : clean(raw).split("\n", -1)) {
            if (line.isBlank()) {
                flushBlock(block, paragraphs);
            } else {
                block.add(line);
            }
        }
        flushBlock(block, paragraphs);
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }

    /**
     * Normalizes a one-line value (title, outlet, author): all whitespace, line breaks included, collapsed
     * to single spaces.
     *
     * @return the value, or null when it is null or blank
     */
    public static String inline(String raw) {
        if (raw == null) {
            return null;
        }
        String value = collapse(clean(raw));
        return value.isEmpty() ? null : value;
    }

    private static void flushBlock(List<String> block, List<String> paragraphs) {
        if (block.isEmpty()) {
            return;
        }
        boolean someIndented = false;
        boolean allIndented = true;
        for (int i = 1; i < block.size(); i++) {
            boolean indented = isIndented(block.get(i));
            someIndented |= indented;
            allIndented &= indented;
        }
        boolean splitAtIndent = someIndented && !(allIndented && isIndented(block.getFirst()));
        StringBuilder paragraph = new StringBuilder();
        for (String line : block) {
            if (splitAtIndent && isIndented(line) && !paragraph.isEmpty()) {
                addParagraph(paragraph, paragraphs);
                paragraph.setLength(0);
            }
            paragraph.append(line).append(' ');
        }
        addParagraph(paragraph, paragraphs);
        block.clear();
    }

    private static void addParagraph(CharSequence text, List<String> paragraphs) {
        String paragraph = collapse(text);
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    private static boolean isIndented(String line) {
        return line.startsWith("  ") || line.startsWith("\t");
    }

    /** Collapses every run of whitespace (line breaks included) into one space and trims. */
    private static String collapse(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t') {
                pendingSpace = !out.isEmpty();
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Applies NFC and maps every character to one of: itself, a space, a tab, a line break, or nothing.
     * Line and paragraph separators, form feeds and CR/CRLF become line breaks; all Unicode spaces become
     * plain spaces; control characters, byte order marks, zero-width spaces, soft hyphens, word joiners and
     * lone surrogates are dropped. Zero-width (non-)joiners and bidi marks stay: Persian and Arabic text
     * needs them.
     */
    private static String clean(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u0085', '\u2028' -> out.append('\n');
                case '\u000C', '\u2029' -> out.append("\n\n");
                case '\t', '\u000B' -> out.append(c == '\t' ? '\t' : ' ');
                case '\uFEFF', '\u200B', '\u00AD', '\u2060', '\uFFFE', '\uFFFF' -> {
                    // invisible: dropped
                }
                default -> appendOther(text, i, c, out);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
        }
        return out.toString();
    }

    private static void appendOther(String text, int i, char c, StringBuilder out) {
        if (c >= ' ' && c < '\u007F') {
            // Printable ASCII, most of most bodies: kept as it is, without the Unicode tables below.
            out.append(c);
        } else if (Character.isHighSurrogate(c)) {
            if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(i + 1));
            }
        } else if (Character.isLowSurrogate(c) || Character.isISOControl(c)) {
            return;
        } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
            out.append(' ');
        } else {
            out.append(c);
        }
    }
}
